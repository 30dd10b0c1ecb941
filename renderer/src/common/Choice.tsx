import { ToggleGroup } from 'radix-ui';
import { useId } from 'react';

/** A labelled set of mutually exclusive choices (Radix ToggleGroup: radio semantics, arrow keys). */
export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  itemClassName,
}: {
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
  itemClassName?: (value: T) => string;
}) {
  const labelId = useId();
  return (
    <div className="settings-row">
      <span className="settings-label" id={labelId}>
        {label}
      </span>
      <ToggleGroup.Root
        type="single"
        className="toggle-group"
        aria-labelledby={labelId}
        value={value}
        onValueChange={(v) => v && onChange(v as T)}
      >
        {options.map((option) => (
          <ToggleGroup.Item key={option.value} value={option.value} className={`toggle ${itemClassName?.(option.value) ?? ''}`}>
            {option.label}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
    </div>
  );
}
