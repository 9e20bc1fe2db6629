/**
 * "Try a post": findings for a practice draft, as you type, with the current settings (even when
 * checking is switched off). The text stays in this page's memory: it goes to the worker to be
 * checked and nowhere else, and is never stored.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Finding } from "../../src/types";
import type { Draft } from "../../src/types";
import type { ExtensionState } from "../shared/messages";
import { sendToWorker } from "../shared/send";
import { SEVERITY_WORDS } from "../shared/ui/words";

/** Short enough to feel live, long enough not to check every keystroke of a fast typist. */
const DEBOUNCE_MS = 120;
/** Characters of context shown either side of the highlighted words. */
const CONTEXT_CHARS = 48;

interface Result {
  text: string;
  findings: Finding[];
}

export function TryPost({ state }: { state: ExtensionState }) {
  const [text, setText] = useState("");
  const [at, setAt] = useState("");
  const [withPhoto, setWithPhoto] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sequence = useRef(0);

  useEffect(() => {
    const mine = ++sequence.current;
    if (text.trim() === "") {
      setResult(null);
      setProblem(null);
      return;
    }
    const timer = setTimeout(async () => {
      const draft: Draft = { text };
      if (at) draft.at = at;
      if (withPhoto) draft.attachments = [{ kind: "image" }];
      const answer = await sendToWorker({ type: "tryPost", draft });
      if (mine !== sequence.current) return; // a newer draft is on its way
      if (answer.type === "verdict") {
        setResult({ text, findings: answer.findings });
        setProblem(null);
      } else {
        setProblem(answer.message);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `state.settings` is a dependency so a settings change re-checks the practice post.
  }, [text, at, withPhoto, state.settings]);

  const titleOf = (id: Finding["category"]) => state.categories.find((category) => category.id === id)?.title ?? id;

  return (
    <div class="try-post">
      <label for="try-text" class="field-title">
        Your post
      </label>
      <textarea
        id="try-text"
        rows={5}
        value={text}
        placeholder="e.g. Another Monday at Catcott Primary…"
        aria-describedby="try-summary"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="try-options">
        <label>
          Posting at <input type="datetime-local" value={at} onInput={(event) => setAt(event.currentTarget.value)} />
        </label>
        <label class="check-row">
          <input type="checkbox" checked={withPhoto} onChange={(event) => setWithPhoto(event.currentTarget.checked)} />
          <span>With a photo</span>
        </label>
      </div>
      {!state.settings.enabled && <p class="muted small">Checking is switched off, so these would not be shown while you post.</p>}
      <p id="try-summary" class="try-summary" role="status" aria-live="polite">
        {problem
          ? problem
          : result === null
            ? ""
            : result.findings.length === 0
              ? "Nothing to flag in this post."
              : `${result.findings.length} ${result.findings.length === 1 ? "thing" : "things"} to look at again.`}
      </p>
      {result && result.findings.length > 0 && (
        <ol class="findings" aria-label="What Second Look found">
          {result.findings.map((finding, index) => (
            <FindingView key={`${finding.start}-${finding.category}-${index}`} finding={finding} text={result.text} title={titleOf(finding.category)} />
          ))}
        </ol>
      )}
    </div>
  );
}

function FindingView({ finding, text, title }: { finding: Finding; text: string; title: string }) {
  const from = Math.max(0, finding.start - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  const before = text.slice(from, finding.start);
  const after = text.slice(finding.end, to);
  return (
    <li class={`finding ${finding.severity}`}>
      <div class="finding-head">
        <span class={`badge ${finding.severity}`}>{SEVERITY_WORDS[finding.severity].label}</span>
        <strong>{title}</strong>
      </div>
      <p class="context">
        {from > 0 ? "…" : ""}
        {before}
        <mark>{text.slice(finding.start, finding.end)}</mark>
        {after}
        {to < text.length ? "…" : ""}
      </p>
      <p class="reason">{finding.reason}</p>
      {finding.suggestion && (
        <p class="suggestion">
          <span class="muted">Instead: </span>
          {finding.suggestion}
        </p>
      )}
      <blockquote class="clause">
        <p>{finding.clause.text}</p>
        <footer class="muted">{finding.clause.policy}</footer>
      </blockquote>
    </li>
  );
}
