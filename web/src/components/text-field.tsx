import type { Ref } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  /** A sentence under the label that the input is described by. */
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  /** Marks the input invalid, for the field a problem names. */
  invalid?: boolean;
  /** The input itself, for the form to focus the field a problem names. */
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local';
  name?: string;
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
  spellcheck?: boolean;
}

/** An input with its label, and its hint when there is one: the forms' one field markup. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, value, onValue, invalid, inputRef, type, ...input } = props;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint !== undefined && (
        <p class="help" id={hintId}>
          {hint}
        </p>
      )}
      <input
        // Preact types an input's attributes by its type, one member per type: a type only known
        // as a union picks none, though each member takes all of the attributes given here.
        type={(type ?? 'text') as 'text'}
        {...input}
        ref={inputRef}
        id={id}
        value={value}
        aria-describedby={hintId}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
