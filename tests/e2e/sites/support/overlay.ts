/**
 * Reaching the extension's overlay from a test. The overlay lives in CLOSED shadow roots, which
 * page scripts (and Playwright's locators) cannot enter; the browser's accessibility tree can,
 * as a screen reader would. So tests find the warning and its buttons by role and accessible
 * name through CDP, and click them with real mouse events at their on-screen position.
 */
import type { CDPSession, Page } from "playwright-core";

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

interface DOMNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DOMNode[];
  shadowRoots?: (DOMNode & { shadowRootType?: string })[];
  contentDocument?: DOMNode;
}

export class OverlayProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<OverlayProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("Accessibility.enable");
    return new OverlayProbe(page, cdp);
  }

  /** Nodes of the accessibility tree with this role (and accessible name, if given). */
  async find(role: string, name?: string): Promise<AXNode[]> {
    const { root } = await this.cdp.send("DOM.getDocument", { depth: 0 });
    const params: Record<string, unknown> = { backendNodeId: root.backendNodeId, role };
    if (name !== undefined) params.accessibleName = name;
    const { nodes } = (await this.cdp.send("Accessibility.queryAXTree", params)) as { nodes: AXNode[] };
    return nodes.filter((node) => !node.ignored);
  }

  async count(role: string, name?: string): Promise<number> {
    return (await this.find(role, name)).length;
  }

  /** Waits until a node with this role (and name) is in the tree; returns the time it took. */
  async waitFor(role: string, name?: string, timeoutMs = 5_000): Promise<number> {
    const started = Date.now();
    for (;;) {
      if ((await this.count(role, name)) > 0) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new Error(`No ${role}${name ? ` "${name}"` : ""} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async waitForGone(role: string, name?: string, timeoutMs = 5_000): Promise<void> {
    const started = Date.now();
    while ((await this.count(role, name)) > 0) {
      if (Date.now() - started > timeoutMs) throw new Error(`${role} still there after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Clicks the first node with this role and name with a real (trusted) mouse click. */
  async click(role: string, name: string): Promise<void> {
    const [node] = await this.find(role, name);
    if (!node?.backendDOMNodeId) throw new Error(`No ${role} "${name}" to click`);
    const { model } = (await this.cdp.send("DOM.getBoxModel", { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** Runs `fn` (as `this`) on the element behind the first node with this role, through CDP. */
  async evaluateOn<T>(role: string, name: string | undefined, fn: string): Promise<T> {
    const [node] = await this.find(role, name);
    if (!node?.backendDOMNodeId) throw new Error(`No ${role}`);
    return this.evaluateOnNode<T>(node.backendDOMNodeId, fn);
  }

  /**
   * The overlay's host elements: the elements with a closed shadow root, found through CDP's
   * pierced DOM (page scripts cannot see into closed roots; CDP can). The fixtures make none.
   */
  async hosts(): Promise<{ backendNodeId: number; nodeName: string; attributes: string[]; parentName: string }[]> {
    const { root } = (await this.cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DOMNode };
    const found: { backendNodeId: number; nodeName: string; attributes: string[]; parentName: string }[] = [];
    const visit = (node: DOMNode, parent: DOMNode | null) => {
      if (node.shadowRoots?.some((shadow) => shadow.shadowRootType === "closed")) {
        found.push({ backendNodeId: node.backendNodeId, nodeName: node.nodeName, attributes: node.attributes ?? [], parentName: parent?.nodeName ?? "" });
      }
      for (const child of node.children ?? []) visit(child, node);
      if (node.contentDocument) visit(node.contentDocument, node);
    };
    visit(root, null);
    return found;
  }

  async hostCount(): Promise<number> {
    return (await this.hosts()).length;
  }

  /** Runs `fn` (as `this`) on a DOM node by its backend id, in the page's own world. */
  async evaluateOnNode<T>(backendNodeId: number, fn: string): Promise<T> {
    const { object } = (await this.cdp.send("DOM.resolveNode", { backendNodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  }

  /** The on-screen box of the first node with this role (and name), from CDP. */
  async box(role: string, name?: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const nodes = await this.find(role);
    const node = nodes.find((candidate) => name === undefined || candidate.name?.value?.startsWith(name));
    if (!node?.backendDOMNodeId) return null;
    const { model } = (await this.cdp.send("DOM.getBoxModel", { backendNodeId: node.backendDOMNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  }

  /** The visible text of the warning dialog. */
  warningText(): Promise<string> {
    return this.evaluateOn<string>("alertdialog", undefined, "function () { return this.innerText; }");
  }

  /** The accessible name of the focused element (inside shadow roots too). */
  async focusedName(): Promise<string | null> {
    const { nodes } = (await this.cdp.send("Accessibility.getFullAXTree")) as { nodes: (AXNode & { properties?: { name: string; value: { value: unknown } }[] })[] };
    // The page itself reports focus too: the focused element is the deepest focused node.
    const focused = nodes.filter(
      (node) =>
        node.role?.value !== "RootWebArea" &&
        node.properties?.some((property) => property.name === "focused" && property.value.value === true),
    );
    return focused.at(-1)?.name?.value ?? null;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
