/**
 * A fake export's body, sent in two parts with the second held until `gate` settles (so a test
 * can see the progress between them, or cancel): `onCancel` counts a reader that gave up.
 */
export function twoPartResponse(
  parts: [string, string],
  headers: Record<string, string>,
  gate: Promise<void> | null | undefined,
  onCancel: () => void,
): Response {
  const encoder = new TextEncoder();
  let second = false;
  const body = new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      if (!second) {
        second = true;
        controller.enqueue(encoder.encode(parts[0]));
        return;
      }
      if (gate) await gate;
      controller.enqueue(encoder.encode(parts[1]));
      controller.close();
    },
    cancel: onCancel,
  });
  return new Response(body, { status: 200, headers });
}
