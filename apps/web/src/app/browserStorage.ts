/** The page's localStorage, or undefined when the browser refuses it (privacy settings): views then just forget. */
export function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
