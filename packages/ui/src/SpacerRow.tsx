/** The blank row that stands for the rows above or below the rendered ones of a virtual table. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="spacer">
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}
