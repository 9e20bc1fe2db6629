/**
 * The overlay's look. Lives inside closed shadow roots, so the site's CSS cannot reach it and it
 * cannot reach the site. Follows the system light/dark theme and reduced motion.
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important;
  top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important;
}
* { box-sizing: border-box; }
.sl {
  --sl-bg: #ffffff;
  --sl-fg: #1b1d22;
  --sl-muted: #5b606b;
  --sl-line: #e3e5ea;
  --sl-soft: #f5f6f8;
  --sl-accent: #2952cc;
  --sl-accent-fg: #ffffff;
  --sl-warn: #b45309;
  --sl-warn-soft: #fff4e0;
  --sl-mark: #ffe08a;
  --sl-high: #b42318;
  --sl-high-soft: #fde8e7;
  --sl-medium: #a15c07;
  --sl-medium-soft: #fef3dc;
  --sl-low: #3b5b8c;
  --sl-low-soft: #e8eef8;
  --sl-shadow: 0 24px 64px rgba(16, 24, 40, 0.28), 0 2px 8px rgba(16, 24, 40, 0.12);
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, "Helvetica Neue", Arial, sans-serif;
  color: var(--sl-fg);
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .sl {
    --sl-bg: #1d1f25;
    --sl-fg: #eceef2;
    --sl-muted: #a3a9b6;
    --sl-line: #343843;
    --sl-soft: #262932;
    --sl-accent: #7c9cff;
    --sl-accent-fg: #0f1320;
    --sl-warn: #f5a524;
    --sl-warn-soft: #3a2d12;
    --sl-mark: #7a5a12;
    --sl-high: #ff8a80;
    --sl-high-soft: #47201e;
    --sl-medium: #f5b94a;
    --sl-medium-soft: #3d2f12;
    --sl-low: #9db8e8;
    --sl-low-soft: #1f2a3d;
    --sl-shadow: 0 24px 64px rgba(0, 0, 0, 0.6), 0 2px 8px rgba(0, 0, 0, 0.4);
    color-scheme: dark;
  }
}
.backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  padding: 24px; background: rgba(12, 16, 24, 0.45);
  animation: sl-fade 140ms ease-out;
}
.dialog {
  width: min(560px, 100%); max-height: min(720px, calc(100vh - 48px)); display: flex; flex-direction: column;
  background: var(--sl-bg); border-radius: 16px; box-shadow: var(--sl-shadow); overflow: hidden;
  animation: sl-rise 160ms cubic-bezier(0.2, 0.9, 0.3, 1.1);
}
.dialog:focus { outline: none; }
.head { display: flex; gap: 12px; padding: 20px 22px 14px; border-bottom: 1px solid var(--sl-line); }
.mark-icon {
  flex: none; width: 36px; height: 36px; border-radius: 10px; display: grid; place-items: center;
  background: var(--sl-warn-soft); color: var(--sl-warn);
}
.mark-icon svg { width: 20px; height: 20px; }
.brand { margin: 0 0 2px; font-size: 12px; font-weight: 600; letter-spacing: 0.02em; color: var(--sl-muted); text-transform: uppercase; }
h2 { margin: 0; font-size: 17px; line-height: 1.3; font-weight: 650; }
.intro { margin: 4px 0 0; color: var(--sl-muted); }
.more { margin: 8px 0 0; color: var(--sl-muted); }
.findings { list-style: none; margin: 0; padding: 8px 22px; overflow: auto; flex: 1 1 auto; }
.findings:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: -2px; }
.finding { padding: 14px 0; border-bottom: 1px solid var(--sl-line); }
.finding:last-child { border-bottom: none; }
.finding-head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.category { font-weight: 600; }
.severity { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; white-space: nowrap; }
.severity.high { color: var(--sl-high); background: var(--sl-high-soft); }
.severity.medium { color: var(--sl-medium); background: var(--sl-medium-soft); }
.severity.low { color: var(--sl-low); background: var(--sl-low-soft); }
.snippet {
  margin: 0 0 8px; padding: 8px 10px; border-radius: 8px; background: var(--sl-soft);
  white-space: pre-wrap; overflow-wrap: anywhere;
}
mark { background: var(--sl-mark); color: inherit; border-radius: 3px; padding: 0 2px; }
.reason { margin: 0 0 6px; }
.suggestion { margin: 0 0 8px; color: var(--sl-muted); }
.suggestion b { color: var(--sl-fg); font-weight: 600; }
figure { margin: 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--sl-line); }
blockquote { margin: 0; font-style: italic; color: var(--sl-fg); overflow-wrap: anywhere; }
figcaption { margin-top: 4px; font-size: 12px; color: var(--sl-muted); }
.actions {
  display: flex; justify-content: flex-end; gap: 10px; padding: 14px 22px 18px;
  border-top: 1px solid var(--sl-line); background: var(--sl-bg);
}
button { font: inherit; cursor: pointer; }
.btn { border-radius: 999px; padding: 8px 18px; font-weight: 600; border: 1px solid transparent; }
.btn:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 2px; }
.btn.primary { background: var(--sl-accent); color: var(--sl-accent-fg); }
.btn.primary:hover { filter: brightness(1.08); }
.btn.quiet { background: transparent; color: var(--sl-fg); border-color: var(--sl-line); }
.btn.quiet:hover { background: var(--sl-soft); }
.badge {
  position: fixed; display: inline-flex; align-items: center; justify-content: center; gap: 5px;
  width: 48px; height: 26px; padding: 0; overflow: hidden; /* a known size: it is placed clear of the composer */
  border-radius: 999px; border: 1px solid var(--sl-line); background: var(--sl-warn-soft); color: var(--sl-warn);
  font-size: 12px; font-weight: 650; box-shadow: 0 2px 8px rgba(16, 24, 40, 0.18);
  animation: sl-fade 140ms ease-out;
}
.badge svg { width: 14px; height: 14px; }
.badge:focus-visible { outline: 2px solid var(--sl-accent); outline-offset: 2px; }
.notice {
  position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); display: flex; align-items: center; gap: 12px;
  max-width: min(480px, calc(100vw - 32px)); padding: 10px 10px 10px 16px; border-radius: 12px;
  background: var(--sl-fg); color: var(--sl-bg); box-shadow: var(--sl-shadow); animation: sl-fade 160ms ease-out;
}
.notice .close { background: transparent; border: none; color: inherit; padding: 4px 8px; border-radius: 6px; font-size: 16px; }
.notice .close:focus-visible { outline: 2px solid currentColor; }
@keyframes sl-fade { from { opacity: 0; } to { opacity: 1; } }
@keyframes sl-rise { from { opacity: 0; transform: translateY(8px) scale(0.98); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) {
  .backdrop, .dialog, .badge, .notice { animation: none; }
}
`;
