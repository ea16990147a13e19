import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

/**
 * The UI's web font (Noto Sans 400 and 600, the files the app already ships) as `@font-face` rules with data
 * URLs, for SVG that must render in it away from the page: an SVG drawn onto a canvas for the PNG, or opened
 * in a vector editor. Fetched from the app's own origin once, on the first export.
 */
let cached: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export function fontFaceCss(): Promise<string> {
  cached ??= Promise.all([dataUrl(regularUrl), dataUrl(boldUrl)])
    .then(([regular, bold]) => [
      `@font-face{font-family:"Noto Sans";font-weight:400;src:url(${regular}) format("woff2")}`,
      `@font-face{font-family:"Noto Sans";font-weight:600;src:url(${bold}) format("woff2")}`,
    ].join(''))
    .catch(() => {
      cached = null;
      return '';
    });
  return cached;
}
