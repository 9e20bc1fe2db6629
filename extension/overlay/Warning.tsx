/**
 * The warning: an accessible alertdialog listing each finding with its words highlighted in
 * context, the reason, a suggestion and the school's clause. Every string is rendered as text
 * (Preact escapes it); nothing here uses innerHTML.
 */
import { useEffect, useRef } from "preact/hooks";
import { categoryById } from "../../src/taxonomy";
import type { Finding, Severity } from "../../src/types";
import { LookIcon } from "./icons";
import { snippetOf } from "./snippet";

export interface WarningProps {
  /** The draft's text, to show each finding in context. */
  text: string;
  findings: Finding[];
  /** Findings beyond those listed (the worker sends at most 50): said as "and N more". */
  omitted?: number;
  /** "submit": the post was held back; "preview": opened from the badge while typing. */
  mode: "submit" | "preview";
  allowPostAnyway: boolean;
  onEdit(): void;
  onPostAnyway(): void;
}

const SEVERITY_LABEL: Record<Severity, string> = {
  high: "Clear breach",
  medium: "Likely breach",
  low: "Worth a look",
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The clearest breaches first; within a severity, in the order they appear in the post. */
function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

let nextId = 0;

export function Warning(props: WarningProps) {
  const { text, findings, mode, allowPostAnyway, onEdit, onPostAnyway } = props;
  const omitted = props.omitted ?? 0;
  const dialog = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const ids = useRef(`sl-${++nextId}`);

  useEffect(() => {
    editButton.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    // Keep focus inside the dialog: wrap around at either end.
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>("button, [tabindex='0']"));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const count = findings.length + omitted;
  const things = count === 1 ? "1 thing" : `${count} things`;
  const title = mode === "submit" ? "This post may break your school's social media policy" : "Second Look would flag this post";
  const intro =
    mode === "submit"
      ? `Second Look found ${things} to look at. Nothing has been posted yet.`
      : `Second Look found ${things} to look at before you post.`;
  const titleId = `${ids.current}-title`;
  const introId = `${ids.current}-intro`;

  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        onKeyDown={onKeyDown}
      >
        <div class="head">
          <div class="mark-icon">
            <LookIcon />
          </div>
          <div>
            <p class="brand">Second Look</p>
            <h2 id={titleId}>{title}</h2>
            <p class="intro" id={introId}>
              {intro}
            </p>
          </div>
        </div>
        <ul class="findings" tabIndex={0} aria-label="What was found">
          {bySeverity(findings).map((finding, index) => (
            <FindingItem key={`${finding.start}-${finding.category}-${index}`} text={text} finding={finding} />
          ))}
        </ul>
        {omitted > 0 ? <p class="more">…and {omitted.toLocaleString("en-GB")} more like these, not listed.</p> : null}
        <div class="actions">
          {allowPostAnyway && mode === "submit" ? (
            <button type="button" class="btn quiet" onClick={onPostAnyway}>
              Post anyway
            </button>
          ) : null}
          <button type="button" class="btn primary" ref={editButton} onClick={onEdit}>
            Edit post
          </button>
        </div>
      </div>
    </div>
  );
}

function FindingItem({ text, finding }: { text: string; finding: Finding }) {
  const snippet = snippetOf(text, finding.start, finding.end);
  const category = categoryById(finding.category)?.title ?? finding.category;
  return (
    <li class="finding">
      <div class="finding-head">
        <span class="category">{category}</span>
        <span class={`severity ${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
      </div>
      <p class="snippet">
        {snippet.before}
        <mark>{snippet.quote}</mark>
        {snippet.after}
      </p>
      <p class="reason">{finding.reason}</p>
      {finding.suggestion ? (
        <p class="suggestion">
          <b>Try: </b>
          {finding.suggestion}
        </p>
      ) : null}
      <figure>
        <blockquote>“{finding.clause.text}”</blockquote>
        <figcaption>{finding.clause.policy}</figcaption>
      </figure>
    </li>
  );
}
