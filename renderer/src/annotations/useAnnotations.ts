import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, AnnotationKind, HighlightColor } from '../../../shared/annotations.js';
import { useApi } from '../app/ApiContext.js';

export interface AnnotationActions {
  create(range: { start: number; end: number }, kind: AnnotationKind, color: HighlightColor): Promise<Annotation>;
  update(id: string, changes: Partial<Pick<Annotation, 'kind' | 'color' | 'note' | 'tags'>>): Promise<void>;
  remove(id: string): Promise<Annotation | undefined>;
  restore(id: string): Promise<void>;
  /** Reads them again from the library (after an import). */
  reload(): void;
}

function byPosition(a: Annotation, b: Annotation): number {
  return Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end;
}

/**
 * A document's annotations, in reading order, kept in step with the library: every change is
 * applied here at once and sent to the core, which saves it in a transaction. They arrive after the
 * document (`initial`), which is read meanwhile: thousands of them take the library a while to list.
 */
export function useAnnotations(
  docId: string,
  initial: Promise<Annotation[]>,
  onError: (error: unknown) => void,
): [Annotation[], AnnotationActions, boolean] {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    initial.then(
      (listed) => {
        if (!live) return;
        // Any made while they were on their way are kept, and stand for their listed selves.
        setAnnotations((made) => {
          const ids = new Set(made.map((a) => a.id));
          return [...listed.filter((a) => !ids.has(a.id)), ...made].sort(byPosition);
        });
        setLoaded(true);
      },
      (error: unknown) => {
        if (!live) return;
        setLoaded(true);
        onError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [initial, onError]);
  const reload = useCallback(() => {
    api.listAnnotations({ docId }).then(setAnnotations, onError);
  }, [api, docId, onError]);

  const replace = useCallback((next: Annotation) => {
    setAnnotations((list) => [...list.filter((a) => a.id !== next.id), next].sort(byPosition));
  }, []);

  const create = useCallback<AnnotationActions['create']>(
    async (range, kind, color) => {
      const created = await api.createAnnotation({ docId, start: range.start, end: range.end, kind, color });
      replace(created);
      return created;
    },
    [api, docId, replace],
  );

  const update = useCallback<AnnotationActions['update']>(
    async (id, changes) => {
      setAnnotations((list) => list.map((a) => (a.id === id ? { ...a, ...changes } : a)));
      try {
        replace(await api.updateAnnotation({ id, changes }));
      } catch (error) {
        onError(error);
      }
    },
    [api, replace, onError],
  );

  const remove = useCallback<AnnotationActions['remove']>(
    async (id) => {
      let removed: Annotation | undefined;
      setAnnotations((list) => {
        removed = list.find((a) => a.id === id);
        return list.filter((a) => a.id !== id);
      });
      await api.deleteAnnotation({ id });
      return removed;
    },
    [api],
  );

  const restore = useCallback<AnnotationActions['restore']>(
    async (id) => {
      replace(await api.restoreAnnotation({ id }));
    },
    [api, replace],
  );

  const actions = useMemo(() => ({ create, update, remove, restore, reload }), [create, update, remove, restore, reload]);
  return [annotations, actions, loaded];
}
