import type { Locator } from 'playwright-core';

/**
 * How many pixels of a canvas something was drawn on (alpha above zero), or, given a colour,
 * how many are opaquely that colour (each channel within 40): the series of a chart, say,
 * rather than its grid and labels.
 */
export function paintedPixels(canvas: Locator, colour?: [number, number, number]): Promise<number> {
  return canvas.evaluate((element, wanted) => {
    const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height) as {
      data: Uint8ClampedArray;
    };
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const matches = wanted
        ? data[i + 3]! > 200 && wanted.every((value, c) => Math.abs(data[i + c]! - value) <= 40)
        : data[i + 3]! > 0;
      if (matches) count += 1;
    }
    return count;
  }, colour);
}
