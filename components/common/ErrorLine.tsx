// The one way the panel says that something went wrong: a line of its own at the control or form
// the user acted on, read out at once (role="alert"). A control that the message is about points at
// it with aria-describedby, so `id` is given then.
export function ErrorLine({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="error-line" role="alert">
      {message}
    </span>
  );
}
