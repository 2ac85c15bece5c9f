let keyboard = false;
let listening = false;

/**
 * Whether the volunteer's last input was a key (Tab, Enter on a link...) rather than a pointer
 * or a touch. A page load or a click leaves no trace of keys: the page's heading then takes the
 * focus without its ring, and a keyboard user who moves on sees every ring as usual.
 */
export function lastInputWasKeyboard(): boolean {
  if (!listening) {
    listening = true;
    // Capture: the app's own handlers may stop the event; the modality must still be seen.
    document.addEventListener('keydown', () => (keyboard = true), true);
    document.addEventListener('pointerdown', () => (keyboard = false), true);
  }
  return keyboard;
}
