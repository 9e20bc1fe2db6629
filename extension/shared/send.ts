/**
 * Sends one request to the background worker and returns its typed answer. Works in content
 * scripts and extension pages on Chrome, Edge and Firefox (all return promises from
 * `runtime.sendMessage` under Manifest V3), without pulling the polyfill into the page.
 */
import type { ErrorResponse, Request, ResponseFor } from "./messages";

interface RuntimeLike {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

function runtime(): NonNullable<RuntimeLike["runtime"]> {
  const scope = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const found = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!found) throw new Error("Not running inside the extension");
  return found;
}

/**
 * Resolves with the worker's answer. A worker that cannot be reached (extension reloaded,
 * context invalidated) resolves with an `internal` error instead of throwing.
 */
export async function sendToWorker<R extends Request>(request: R): Promise<ResponseFor<R>> {
  try {
    const answer = await runtime().sendMessage(request);
    if (answer && typeof answer === "object" && "type" in answer) return answer as ResponseFor<R>;
    return unreachable("The worker gave no answer");
  } catch (error) {
    return unreachable(error instanceof Error ? error.message : String(error));
  }
}

function unreachable(message: string): ErrorResponse {
  return { type: "error", code: "internal", message: `Second Look's background worker could not be reached (${message}).` };
}
