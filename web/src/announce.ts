/** Says something to screen readers and shows it in the status bar. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}
