// Error codes that cross the API and the CLI, with their messages in the UI languages.
// Core throws ReaderError(code, params); every shell shows `formatError` in the user's language.

export type Locale = 'zh-CN' | 'zh-TW' | 'en';

const messages = {
  EMPTY_FILE: { 'zh-CN': '文件为空', 'zh-TW': '檔案為空', en: 'the file is empty' },
  BINARY_FILE: {
    'zh-CN': '不是文本文件（含二进制数据）',
    'zh-TW': '不是文字檔（含二進位資料）',
    en: 'not a text file (it holds binary data)',
  },
  UNDECODABLE: {
    'zh-CN': '无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030）',
    'zh-TW': '無法識別文字編碼（不是 UTF-8、UTF-16 或 GB18030）',
    en: 'cannot decode the text (not UTF-8, UTF-16 or GB18030)',
  },
  TOO_LARGE: {
    'zh-CN': '文件过大（{size}，上限 {limit}）',
    'zh-TW': '檔案過大（{size}，上限 {limit}）',
    en: 'the file is too large ({size}; the limit is {limit})',
  },
  NO_CHINESE_TEXT: {
    'zh-CN': '文件中没有中文文字，不是中文公文',
    'zh-TW': '檔案中沒有中文文字，不是中文公文',
    en: 'the file has no Chinese text, so it is not a Chinese official document',
  },
  PARSE_FAILED: {
    'zh-CN': '解析失败：{reason}',
    'zh-TW': '解析失敗：{reason}',
    en: 'parsing failed: {reason}',
  },
  UNSUPPORTED_FORMAT: {
    'zh-CN': '暂不支持的文件类型：{ext}',
    'zh-TW': '暫不支援的檔案類型：{ext}',
    en: 'unsupported file type: {ext}',
  },
  LEGACY_FORMAT: {
    'zh-CN': '{ext} 文件无法直接导入：请在 Word 或 WPS 中“另存为”.docx 后再导入',
    'zh-TW': '{ext} 檔案無法直接匯入：請在 Word 或 WPS 中「另存新檔」為 .docx 後再匯入',
    en: '{ext} files cannot be imported: save it as .docx in Word or WPS, then import that',
  },
  NOT_WORD_DOCUMENT: {
    'zh-CN': '不是 Word 或 WPS 文字文档（可能是 Microsoft Works 等其他程序的文件）：请在原程序中“另存为”.docx 后再导入',
    'zh-TW': '不是 Word 或 WPS 文字文件（可能是 Microsoft Works 等其他程式的檔案）：請在原程式中「另存新檔」為 .docx 後再匯入',
    en: 'not a Word or WPS text document (perhaps a Microsoft Works file): save it as .docx in the program that made it, then import that',
  },
  TOO_MANY_SCANNED_PAGES: {
    'zh-CN': '扫描件页数过多（{count} 页），一次最多识别 {limit} 页：请拆分后分别导入',
    'zh-TW': '掃描檔頁數過多（{count} 頁），一次最多辨識 {limit} 頁：請拆分後分別匯入',
    en: 'the scan has too many pages ({count}); at most {limit} are recognised in one import: split it and import the parts',
  },
  NO_TEXT_LAYER: {
    'zh-CN': '文件中既没有文字，也没有可识别文字的扫描页面',
    'zh-TW': '檔案中既沒有文字，也沒有可辨識文字的掃描頁面',
    en: 'the file has neither text nor scanned pages with text to recognise',
  },
  ENCRYPTED: {
    'zh-CN': '文件有密码保护，无法读取：请先去除密码再导入',
    'zh-TW': '檔案有密碼保護，無法讀取：請先移除密碼再匯入',
    en: 'the file is password-protected: remove the password, then import it',
  },
  DAMAGED_FILE: {
    'zh-CN': '文件已损坏或不是有效的 {format} 文件：{reason}',
    'zh-TW': '檔案已損壞或不是有效的 {format} 檔案：{reason}',
    en: 'the file is damaged or not a valid {format} file: {reason}',
  },
  OFD_FIRST_OF_MANY: {
    'zh-CN': '该 OFD 文件含 {count} 份文档，只导入了第一份；其余请在 OFD 阅读器中另存后分别导入',
    'zh-TW': '此 OFD 檔案含 {count} 份文件，只匯入了第一份；其餘請在 OFD 閱讀器中另存後分別匯入',
    en: 'the OFD file holds {count} documents and only the first was imported; save the others apart in an OFD reader to import them',
  },
  CANCELLED: { 'zh-CN': '已取消', 'zh-TW': '已取消', en: 'cancelled' },
  WORK_TIMED_OUT: {
    'zh-CN': '处理时间超过 {seconds} 秒，已停止；文件可能过于复杂或已损坏',
    'zh-TW': '處理時間超過 {seconds} 秒，已停止；檔案可能過於複雜或已損壞',
    en: 'stopped after {seconds} s: the file may be too complex or damaged',
  },
  WORK_OUT_OF_MEMORY: {
    'zh-CN': '处理所需内存超过 {limit}，已停止；文件可能过于复杂或已损坏',
    'zh-TW': '處理所需記憶體超過 {limit}，已停止；檔案可能過於複雜或已損壞',
    en: 'stopped: the work needed more than {limit} of memory; the file may be too complex or damaged',
  },
  LIBRARY_BUSY: {
    'zh-CN': '文库正被另一个程序（阅读器窗口或命令行）写入，等待 {seconds} 秒后仍未完成；请稍后再试',
    'zh-TW': '文庫正被另一個程式（閱讀器視窗或命令列）寫入，等待 {seconds} 秒後仍未完成；請稍後再試',
    en: 'another program (a reader window or the command line) is writing to the library; still busy after {seconds} s: try again shortly',
  },
  TEXT_TOO_LARGE: {
    'zh-CN': '文件中的文字超过 {limit}，远多于任何公文',
    'zh-TW': '檔案中的文字超過 {limit}，遠多於任何公文',
    en: 'the file holds more than {limit} of text, far more than any official document',
  },
  TOO_MANY_PAGES: {
    'zh-CN': 'PDF 页数过多（{count} 页，上限 {limit} 页）',
    'zh-TW': 'PDF 頁數過多（{count} 頁，上限 {limit} 頁）',
    en: 'the PDF has too many pages ({count}; the limit is {limit})',
  },
  TOO_MANY_PARAGRAPHS: {
    'zh-CN': '文件的段落过多（超过 {limit} 段）',
    'zh-TW': '檔案的段落過多（超過 {limit} 段）',
    en: 'the document has too many paragraphs (more than {limit})',
  },
  TOO_MANY_ELEMENTS: {
    'zh-CN': '文件结构过于复杂（超过 {limit} 个元素）',
    'zh-TW': '檔案結構過於複雜（超過 {limit} 個元素）',
    en: 'the file’s structure is too complex (more than {limit} elements)',
  },
  TOO_DEEPLY_NESTED: {
    'zh-CN': '文件结构嵌套过深（超过 {limit} 层）',
    'zh-TW': '檔案結構巢狀過深（超過 {limit} 層）',
    en: 'the file’s structure is nested too deeply (more than {limit} levels)',
  },
  TOO_MANY_PARTS: {
    'zh-CN': '文件包含的部件过多（{count} 个，上限 {limit} 个）',
    'zh-TW': '檔案包含的組件過多（{count} 個，上限 {limit} 個）',
    en: 'the file has too many parts ({count}; the limit is {limit})',
  },
  UNPACKED_TOO_LARGE: {
    'zh-CN': '文件解压后超过 {limit}',
    'zh-TW': '檔案解壓縮後超過 {limit}',
    en: 'the file unpacks to more than {limit}',
  },
  PART_TOO_LARGE: {
    'zh-CN': '文件中的 {part} 解压后超过 {limit}',
    'zh-TW': '檔案中的 {part} 解壓縮後超過 {limit}',
    en: 'the part {part} of the file unpacks to more than {limit}',
  },
  SUSPICIOUS_COMPRESSION: {
    'zh-CN': '文件中的 {part} 压缩比异常（{ratio} 倍，上限 {limit} 倍），可能是恶意构造的“压缩炸弹”',
    'zh-TW': '檔案中的 {part} 壓縮比異常（{ratio} 倍，上限 {limit} 倍），可能是惡意構造的「壓縮炸彈」',
    en: 'the part {part} of the file is compressed {ratio} to 1 (the limit is {limit} to 1): a zip bomb?',
  },
  DATA_DIR_UNWRITABLE: {
    'zh-CN': '文库文件夹无法写入：{dir}（{reason}）。请检查磁盘是否只读、空间是否已满或权限是否足够',
    'zh-TW': '文庫資料夾無法寫入：{dir}（{reason}）。請檢查磁碟是否唯讀、空間是否已滿或權限是否足夠',
    en: 'the library folder cannot be written: {dir} ({reason}); check that the disk is not read-only or full and that you may write there',
  },
  WRITE_FAILED: {
    'zh-CN': '无法写入文件 {file}：{reason}',
    'zh-TW': '無法寫入檔案 {file}：{reason}',
    en: 'cannot write {file}: {reason}',
  },
  NOT_FOUND: { 'zh-CN': '找不到：{what}', 'zh-TW': '找不到：{what}', en: 'not found: {what}' },
  READ_FAILED: {
    'zh-CN': '无法读取文件：{reason}',
    'zh-TW': '無法讀取檔案：{reason}',
    en: 'cannot read the file: {reason}',
  },
  INVALID_ARGUMENT: { 'zh-CN': '参数无效：{reason}', 'zh-TW': '參數無效：{reason}', en: 'invalid argument: {reason}' },
  UNKNOWN_METHOD: {
    'zh-CN': '未知的接口方法：{method}',
    'zh-TW': '未知的介面方法：{method}',
    en: 'unknown API method: {method}',
  },
  UNAUTHORIZED: { 'zh-CN': '未授权的请求', 'zh-TW': '未授權的請求', en: 'unauthorised request' },
  INTERNAL: { 'zh-CN': '内部错误：{reason}', 'zh-TW': '內部錯誤：{reason}', en: 'internal error: {reason}' },
  INVALID_ANNOTATIONS: {
    'zh-CN': '批注文件无效：{reason}',
    'zh-TW': '批註檔案無效：{reason}',
    en: 'not a valid annotation file: {reason}',
  },
  INVALID_RANGE: { 'zh-CN': '所选范围无效', 'zh-TW': '所選範圍無效', en: 'the selected range is not valid' },
  LIBRARY_DAMAGED: {
    'zh-CN': '文库文件已损坏：{reason}',
    'zh-TW': '文庫檔案已損壞：{reason}',
    en: 'the library file is damaged: {reason}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof messages;
export type ErrorParams = Record<string, string | number>;

export function formatError(code: ErrorCode, params: ErrorParams = {}, locale: Locale = 'zh-CN'): string {
  return messages[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export class ReaderError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(formatError(code, params, 'en'));
    this.name = 'ReaderError';
  }
}

export function isReaderError(error: unknown): error is ReaderError {
  return error instanceof ReaderError;
}
