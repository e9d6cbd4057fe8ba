// An on/off switch of the popup (role="switch", 76 × 44 px): named by its visible label and its group's heading.
export interface SwitchProps {
  isOn: boolean;
  /** Ids of the elements that name it, in reading order. */
  labelledBy: string;
  onToggle(): void;
  isDisabled?: boolean;
  /** data-* attributes tests and the page contract read (data-feature, data-scope, data-action). */
  data?: Record<string, string>;
}

export function Switch({ isOn, labelledBy, onToggle, isDisabled = false, data = {} }: SwitchProps) {
  const attributes = Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value]));
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      aria-checked={isOn ? 'true' : 'false'}
      aria-labelledby={labelledBy}
      disabled={isDisabled}
      onClick={onToggle}
      {...attributes}
    />
  );
}
