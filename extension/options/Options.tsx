/**
 * The options page: the school's policy profile and names, email domains, teaching hours and
 * holidays, the school's own words, how strict to be, and "Try a post". Every change is saved at
 * once through the worker. Values the school's policy sets are shown read-only ("Set by your
 * school"); when the school locks Second Look, everything is read-only. Problems with a value
 * (the user's or the school's) are shown beside the field, in words.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { CategoryId, CustomTerm, DateRange, Settings, Severity, TeachingHours, Weekday } from "../../src/types";
import { SEVERITIES } from "../../src/types";
import type { ExtensionState, UserSettingsPatch } from "../shared/messages";
import { sendToWorker } from "../shared/send";
import { errorSetting, isManagedError, useExtensionState } from "../shared/ui/use-state";
import { SEVERITY_WORDS, WEEKDAYS } from "../shared/ui/words";
import { TryPost } from "./TryPost";

type Save = (patch: UserSettingsPatch) => Promise<void>;

export function Options() {
  const { state, problem, accept } = useExtensionState();
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);

  if (!state) {
    return (
      <main class="page">
        <PageHeader />
        <p role="status" class="muted">
          {problem ?? "Loading your settings…"}
        </p>
      </main>
    );
  }

  const save: Save = async (patch) => {
    const answer = await sendToWorker({ type: "setUserSettings", settings: patch });
    if (answer.type === "state") {
      accept(answer.state);
      setStatus({ text: "Saved", problem: false });
    } else {
      setStatus({ text: answer.message, problem: true });
    }
  };

  const { settings, managedFields } = state;
  const locked = settings.locked;
  const schoolProblems = state.errors.filter(({ field }) => isManagedError(field));

  return (
    <main class="page">
      <PageHeader version={state.version} />

      {locked ? (
        <p class="notice" role="note">
          <strong>Managed by your school.</strong> Your school has set up Second Look for you, so these settings
          can only be read here. Ask your school's IT team if something needs to change.
        </p>
      ) : managedFields.length > 0 ? (
        <p class="notice" role="note">
          Your school sets some of these settings; those are marked <span class="badge school">Set by your school</span>.
        </p>
      ) : null}

      {schoolProblems.length > 0 && (
        <div class="notice problem" role="alert">
          <p class="notice-title">Part of your school's setup could not be used</p>
          <ul>
            {schoolProblems.map((error) => (
              <li key={error.field}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="status" role="status" aria-live="polite">
        {status && <span class={status.problem ? "error-text" : "saved"}>{status.text}</span>}
      </div>

      <Section title="Your school" intro="Which policy to check against, and how your school is named.">
        <ProfileField state={state} save={save} />
        <ListField
          state={state}
          save={save}
          setting="schoolNames"
          title="School names"
          hint="One per line: the names, short forms and nicknames people use for your school. The policy's own names are always included."
          builtIn={state.profiles.find(({ id }) => id === settings.profile)?.schoolNames ?? []}
        />
        <ListField
          state={state}
          save={save}
          setting="emailDomains"
          title="School email domains"
          hint="One per line, e.g. catcott.somerset.sch.uk. Any address ending in .sch.uk counts already."
          builtIn={[]}
        />
      </Section>

      <Section title="Checking" intro="What Second Look looks out for when you post on Facebook, X and Instagram.">
        <EnabledField state={state} save={save} />
        <SeverityField state={state} save={save} />
        <CategoriesField state={state} save={save} />
      </Section>

      <Section title="Teaching time" intro="Posting during teaching hours is flagged when your policy says so.">
        <HoursField state={state} save={save} />
        <HolidaysField state={state} save={save} />
      </Section>

      <Section title="Your school's own words" intro="Words and phrases your school asks staff not to post, such as the names of internal projects.">
        <CustomTermsField state={state} save={save} />
      </Section>

      <Section title="Try a post" intro="Type a post to see what Second Look would say. Nothing you type is saved or sent anywhere.">
        <TryPost state={state} />
      </Section>
    </main>
  );
}

function PageHeader({ version }: { version?: string }) {
  return (
    <header class="page-header">
      <img src="../icons/icon-48.png" width="40" height="40" alt="" />
      <div>
        <h1>Second Look</h1>
        <p class="muted tagline">
          A second look before you post. Your posts are checked on this device and never sent anywhere.
          {version ? ` Version ${version}.` : ""}
        </p>
      </div>
    </header>
  );
}

function Section({ title, intro, children }: { title: string; intro: string; children: ComponentChildren }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section class="section card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="muted section-intro">{intro}</p>
      <div class="fields">{children}</div>
    </section>
  );
}

interface FieldProps {
  state: ExtensionState;
  save: Save;
}

/** A field's frame: label or legend, the school's badge, its errors in words. */
function Field({
  state,
  setting,
  title,
  hint,
  group = false,
  inputId,
  children,
}: {
  state: ExtensionState;
  setting: keyof Settings;
  title: string;
  hint?: string;
  /** Several controls: a fieldset with a legend. Otherwise one control labelled by `inputId`. */
  group?: boolean;
  inputId?: string;
  children: ComponentChildren;
}) {
  const managed = state.managedFields.includes(setting);
  const errors = state.errors.filter(({ field }) => errorSetting(field) === setting);
  const hintId = `${setting}-hint`;
  const errorId = `${setting}-errors`;
  const heading = (
    <span class="field-title">
      {title}
      {managed && <span class="badge school">Set by your school</span>}
    </span>
  );
  const body = (
    <>
      {hint && (
        <p id={hintId} class="hint muted">
          {hint}
        </p>
      )}
      {children}
      {errors.length > 0 && (
        <ul id={errorId} class="field-errors" data-setting={setting}>
          {errors.map((error) => (
            <li key={error.field + error.message} class="error-text">
              {isManagedError(error.field) ? "Your school's setting: " : ""}
              {error.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset class="field" data-setting={setting} aria-describedby={hint ? hintId : undefined}>
        <legend>{heading}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div class="field" data-setting={setting}>
      <label for={inputId}>{heading}</label>
      {body}
    </div>
  );
}

function readOnly(state: ExtensionState, setting: keyof Settings): boolean {
  return state.settings.locked || state.managedFields.includes(setting);
}

function describedBy(state: ExtensionState, setting: keyof Settings, hasHint: boolean): string | undefined {
  const ids = [hasHint ? `${setting}-hint` : "", state.errors.some(({ field }) => errorSetting(field) === setting) ? `${setting}-errors` : ""];
  return ids.filter(Boolean).join(" ") || undefined;
}

function ProfileField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "profile");
  return (
    <Field state={state} setting="profile" title="Policy" inputId="profile" hint="Choose your school's policy, or the general guidance if it is not listed.">
      <select
        id="profile"
        value={state.settings.profile}
        disabled={disabled}
        aria-describedby={describedBy(state, "profile", true)}
        onChange={(event) => void save({ profile: event.currentTarget.value as Settings["profile"] })}
      >
        {state.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.title}
          </option>
        ))}
      </select>
    </Field>
  );
}

function ListField({
  state,
  save,
  setting,
  title,
  hint,
  builtIn,
}: FieldProps & { setting: "schoolNames" | "emailDomains"; title: string; hint: string; builtIn: readonly string[] }) {
  const value = state.settings[setting];
  const [text, setText] = useState(value.join("\n"));
  // Follow saved or school-pushed changes, unless the user is mid-edit.
  const joined = value.join("\n");
  const [lastSeen, setLastSeen] = useState(joined);
  if (joined !== lastSeen) {
    setLastSeen(joined);
    setText(joined);
  }
  const disabled = readOnly(state, setting);
  const id = `field-${setting}`;
  return (
    <Field state={state} setting={setting} title={title} hint={hint} inputId={id}>
      <textarea
        id={id}
        rows={3}
        value={text}
        disabled={disabled}
        spellcheck={false}
        aria-describedby={describedBy(state, setting, true)}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const entries = event.currentTarget.value
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean);
          void save({ [setting]: entries });
        }}
      />
      {builtIn.length > 0 && <p class="hint muted">From the policy: {builtIn.join(" · ")}</p>}
    </Field>
  );
}

function EnabledField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "enabled");
  return (
    <Field state={state} setting="enabled" title="Check my posts" inputId="enabled">
      <label class="check-row">
        <input
          id="enabled"
          type="checkbox"
          checked={state.settings.enabled}
          disabled={disabled}
          onChange={(event) => void save({ enabled: event.currentTarget.checked })}
        />
        <span>Check posts, replies and comments before they go out</span>
      </label>
    </Field>
  );
}

function SeverityField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "minSeverity");
  return (
    <Field state={state} setting="minSeverity" title="Warn me about" inputId="minSeverity">
      <select
        id="minSeverity"
        value={state.settings.minSeverity}
        disabled={disabled}
        aria-describedby={describedBy(state, "minSeverity", false)}
        onChange={(event) => void save({ minSeverity: event.currentTarget.value as Severity })}
      >
        {[...SEVERITIES].reverse().map((severity) => (
          <option key={severity} value={severity}>
            {SEVERITY_WORDS[severity].hint}
          </option>
        ))}
      </select>
    </Field>
  );
}

function CategoriesField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "disabledCategories");
  const covered = new Set(state.profiles.find(({ id }) => id === state.settings.profile)?.categories ?? []);
  const off = new Set(state.settings.disabledCategories);
  const toggle = (id: CategoryId, on: boolean) => {
    const next = new Set(off);
    if (on) next.delete(id);
    else next.add(id);
    void save({ disabledCategories: state.categories.map((category) => category.id).filter((category) => next.has(category)) });
  };
  return (
    <Field state={state} setting="disabledCategories" title="Look out for" group hint="Untick anything you do not want to be warned about.">
      <ul class="categories">
        {state.categories.map((category) => {
          const inPolicy = covered.has(category.id);
          const id = `category-${category.id}`;
          return (
            <li key={category.id} class={inPolicy ? "" : "not-in-policy"}>
              <input
                id={id}
                type="checkbox"
                checked={!off.has(category.id)}
                disabled={disabled}
                aria-describedby={`${id}-description`}
                onChange={(event) => toggle(category.id, event.currentTarget.checked)}
              />
              <div>
                <label for={id}>{category.title}</label>
                <p id={`${id}-description`} class="muted small">
                  {category.description}
                  {inPolicy ? "" : " (Not part of this policy.)"}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </Field>
  );
}

function HoursField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "teachingHours");
  const hours = state.settings.teachingHours;
  const update = (patch: Partial<TeachingHours>) => void save({ teachingHours: { ...hours, ...patch } });
  return (
    <Field state={state} setting="teachingHours" title="Teaching hours" group>
      <div class="days" role="group" aria-label="Teaching days">
        {WEEKDAYS.map(({ day, short, long }) => (
          <label key={day} class="day">
            <input
              type="checkbox"
              checked={hours.days.includes(day)}
              disabled={disabled}
              aria-label={long}
              onChange={(event) => {
                const days = new Set<Weekday>(hours.days);
                if (event.currentTarget.checked) days.add(day);
                else days.delete(day);
                update({ days: [...days].sort((a, b) => a - b) });
              }}
            />
            <span aria-hidden="true">{short}</span>
          </label>
        ))}
      </div>
      <div class="time-row">
        <label>
          From{" "}
          <input type="time" value={hours.start} disabled={disabled} onChange={(event) => update({ start: event.currentTarget.value })} />
        </label>
        <label>
          to{" "}
          <input type="time" value={hours.end} disabled={disabled} onChange={(event) => update({ end: event.currentTarget.value })} />
        </label>
      </div>
    </Field>
  );
}

function HolidaysField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "holidays");
  const holidays = state.settings.holidays;
  const [draft, setDraft] = useState<DateRange>({ start: "", end: "" });
  const put = (next: DateRange[]) => void save({ holidays: next });
  return (
    <Field state={state} setting="holidays" title="Holidays" group hint="School holidays and closure days: posting then is not teaching time.">
      {holidays.length > 0 ? (
        <ul class="rows">
          {holidays.map((range, index) => (
            <li key={`${range.start}-${range.end}-${index}`} class="row">
              <span>
                {range.start === range.end ? range.start : `${range.start} to ${range.end}`}
              </span>
              <button
                type="button"
                class="button link"
                disabled={disabled}
                aria-label={`Remove holiday ${range.start} to ${range.end}`}
                onClick={() => put(holidays.filter((_, other) => other !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">No holidays added.</p>
      )}
      {!disabled && (
        <div class="add-row">
          <label>
            From <input type="date" value={draft.start} onInput={(event) => setDraft({ ...draft, start: event.currentTarget.value })} />
          </label>
          <label>
            to <input type="date" value={draft.end} onInput={(event) => setDraft({ ...draft, end: event.currentTarget.value })} />
          </label>
          <button
            type="button"
            class="button"
            disabled={!draft.start}
            onClick={() => {
              put([...holidays, { start: draft.start, end: draft.end || draft.start }]);
              setDraft({ start: "", end: "" });
            }}
          >
            Add holiday
          </button>
        </div>
      )}
    </Field>
  );
}

function CustomTermsField({ state, save }: FieldProps) {
  const disabled = readOnly(state, "customTerms");
  const terms = state.settings.customTerms;
  const [draft, setDraft] = useState<CustomTerm>({ term: "", category: "confidential-information", severity: "medium" });
  const titleOf = (id: CategoryId) => state.categories.find((category) => category.id === id)?.title ?? id;
  const put = (next: CustomTerm[]) => void save({ customTerms: next });
  return (
    <Field state={state} setting="customTerms" title="Words to flag" group hint="Exactly the words you type, not patterns.">
      {terms.length > 0 ? (
        <ul class="rows">
          {terms.map((term, index) => (
            <li key={`${term.term}-${index}`} class="row">
              <span class="term">{term.term}</span>
              <span class="muted small">{titleOf(term.category)}</span>
              <span class={`badge ${term.severity}`}>{SEVERITY_WORDS[term.severity].label}</span>
              <button
                type="button"
                class="button link"
                disabled={disabled}
                aria-label={`Remove ${term.term}`}
                onClick={() => put(terms.filter((_, other) => other !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">No words added.</p>
      )}
      {!disabled && (
        <div class="add-row">
          <label>
            Word or phrase{" "}
            <input type="text" value={draft.term} maxLength={100} onInput={(event) => setDraft({ ...draft, term: event.currentTarget.value })} />
          </label>
          <label>
            Counts as{" "}
            <select value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.currentTarget.value as CategoryId })}>
              {state.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            How serious{" "}
            <select value={draft.severity} onChange={(event) => setDraft({ ...draft, severity: event.currentTarget.value as Severity })}>
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {SEVERITY_WORDS[severity].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="button"
            disabled={draft.term.trim() === ""}
            onClick={() => {
              put([...terms, { ...draft, term: draft.term.trim() }]);
              setDraft({ ...draft, term: "" });
            }}
          >
            Add
          </button>
        </div>
      )}
    </Field>
  );
}

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
