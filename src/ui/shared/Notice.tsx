/** What an action just did: news as a polite status, a failure as an alert. */
export interface NoticeMessage {
  text: string;
  error?: boolean;
}

export function Notice({ message }: { message: NoticeMessage | null }) {
  if (!message) return null;
  return (
    <p
      role={message.error ? 'alert' : 'status'}
      className={message.error ? 'error-text' : undefined}
    >
      {message.text}
    </p>
  );
}
