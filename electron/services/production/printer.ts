// Printing HTML to PDF pages. The production needs only this one call, so the engine is swappable: the CLI,
// browser mode and the tests print with Chromium through playwright-core (chromium-printer.ts); the desktop
// app can print the same HTML with Electron's own webContents.printToPDF in a hidden, sandboxed window with
// JavaScript off, behind this same interface.

export interface HtmlPrinter {
  /**
   * The page printed to PDF, laid out by its own CSS (`@page { size: Letter; margin: 1in }`), backgrounds
   * printed. The HTML must not need scripts or the network: the printer runs it with both off.
   */
  printToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Thrown when no printer can be started; the message says what to install or set. */
export class PrinterUnavailableError extends Error {}
