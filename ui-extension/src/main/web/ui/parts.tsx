// Small accessible building blocks shared by the screens.
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onLinkClick } from '../nav';
import { ApiError } from '../problem';
export { formatDateTime, formatDicomDate, personName } from '../format';

export function Link(props: { href: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' | undefined }) {
  return (
    <a href={props.href} class={props.class} aria-current={props['aria-current']} onClick={onLinkClick}>
      {props.children}
    </a>
  );
}

let fieldIds = 0;

/** A labelled input, select or textarea with its validation message (aria-invalid, aria-describedby). */
export function Field(props: {
  label: string;
  name: string;
  value: string;
  onInput: (v: string) => void;
  error?: ApiError | null;
  type?: string;
  required?: boolean;
  options?: readonly (string | [string, string])[];
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  autoComplete?: string;
}) {
  const id = useRef(`f${++fieldIds}`).current;
  const message = props.error?.fieldMessage(props.name);
  const describedBy = [message ? `${id}-err` : '', props.hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    'aria-invalid': message ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  let control: JSX.Element;
  if (props.options) {
    control = (
      <select {...common} value={props.value} onChange={(e) => props.onInput((e.target as HTMLSelectElement).value)}>
        {props.options.map((o) => {
          const [value, label] = Array.isArray(o) ? o : [o, o];
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </select>
    );
  } else if (props.multiline) {
    control = (
      <textarea {...common} value={props.value} rows={props.rows ?? 4} onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)} />
    );
  } else {
    control = (
      <input
        {...common}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
    );
  }
  return (
    <div class={`field${message ? ' invalid' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {control}
      {props.hint ? (
        <small id={`${id}-hint`} class="hint">
          {props.hint}
        </small>
      ) : null}
      {message ? (
        <small id={`${id}-err`} class="error-text">
          {message}
        </small>
      ) : null}
    </div>
  );
}

/** A heading with the button that opens its create form beside it (no button while `action` is null). */
export function TitleRow(props: { children: ComponentChildren; action: string | null; onAction: () => void }) {
  return (
    <div class="title-row">
      {props.children}
      {props.action !== null ? (
        <button type="button" onClick={props.onAction}>
          {props.action}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A create or edit form: its heading (an h2 that names the form) or, without one, an accessible name; the fields;
 * the error of the last submit; the submit button and Cancel.
 */
export function FormPanel(props: {
  /** The id of the h2 that names the form (with `title`). */
  titleId?: string;
  title?: ComponentChildren;
  /** The form's accessible name when it has no heading. */
  label?: string;
  /** The form's class; `panel` unless given. */
  class?: string;
  onSubmit: (e: Event) => void;
  error: unknown;
  /** What the error means, e.g. "Not saved". */
  errorWhat: string;
  submit: ComponentChildren;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class={props.class === undefined ? 'panel' : props.class || undefined}
      aria-labelledby={props.title !== undefined ? props.titleId : undefined}
      aria-label={props.label}
      onSubmit={props.onSubmit}
      noValidate
    >
      {props.title !== undefined ? <h2 id={props.titleId}>{props.title}</h2> : null}
      {props.children}
      <ErrorBox error={props.error} what={props.errorWhat} />
      <div class="buttons">
        <button type="submit">{props.submit}</button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** An error from the API, announced to screen readers. */
export function ErrorBox(props: { error: unknown; what?: string }) {
  if (!props.error) return null;
  const e = props.error;
  const text = e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e);
  const code = e instanceof ApiError ? e.code : undefined;
  return (
    <div class="alert error" role="alert">
      {props.what ? <strong>{props.what}: </strong> : null}
      {text}
      {code ? <span class="code"> ({code})</span> : null}
    </div>
  );
}

export function Notice(props: { children: ComponentChildren }) {
  return (
    <div class="alert info" role="status">
      {props.children}
    </div>
  );
}

export function Loading(props: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      Loading{props.what ? ` ${props.what}` : ''}…
    </p>
  );
}

export interface Async<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs a load when its key changes; reload() runs it again (keeping the old data meanwhile). */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: unknown[]): Async<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (error) => !controller.signal.aborted && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/** The current time, ticking every `ms` (for countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** Sets the document title (announced on navigation) and moves focus to the page's heading. */
export function usePageTitle(title: string): (el: HTMLHeadingElement | null) => void {
  useEffect(() => {
    document.title = `${title} · Telerad`;
  }, [title]);
  return useCallback((el: HTMLHeadingElement | null) => {
    if (el && document.activeElement === document.body) el.focus();
  }, []);
}
