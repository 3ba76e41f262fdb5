/**
 * The page's CSP nonce (docs/decisions/0031). The server puts a fresh nonce in
 * `<meta property="csp-nonce">` and in the `style-src` directive; Ant Design's CSS-in-JS takes it
 * through ConfigProvider, but a few helper libraries (the modal scroll locker, the scrollbar
 * measurer) create `<style>` elements without one. Giving every `<style>` created by the app's
 * own scripts the nonce keeps `'unsafe-inline'` out of the policy: markup injected as HTML still
 * cannot add styles, and scripts can only come from the server ('self').
 */

/** The nonce of this page, or undefined when the page was served without one (the Vite dev server). */
export function pageNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return nonce === undefined || nonce === "" || nonce.includes("CSP_NONCE") ? undefined : nonce;
}

/** Makes `document.createElement("style")` carry the nonce. */
export function applyNonceToCreatedStyles(nonce: string): void {
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = create(tagName, options);
    if (tagName.toLowerCase() === "style") (element as HTMLStyleElement).nonce = nonce;
    return element;
  }) as typeof document.createElement;
}
