// The claim's thread with the advertiser (spec section 4, `messages`): the advertiser's
// messages come back with its answers; the publisher adds its own, dated the as-of day.
// Every message is shown as text.
import { useState } from 'preact/hooks';
import type { ClaimMessage, Issue } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { TextAreaField } from '../../ui/fields.tsx';

export function Thread({ messages, issues, asOf, onChange }: {
  messages: ClaimMessage[]; issues: Issue[]; asOf: string; onChange: (messages: ClaimMessage[]) => void;
}) {
  const { m, date } = useI18n();
  const [text, setText] = useState<string | undefined>(undefined);
  return (
    <fieldset class="thread" data-field="/messages">
      <legend>{m.publisher.groups.thread}</legend>
      {messages.length ? (
        <ol class="messages">
          {messages.map((message, i) => (
            <li key={i} class="message" data-from={message.from}>
              <p class="message-head"><strong>{m.publisher.senders[message.from]}</strong> · {date(message.on)}</p>
              <p class="message-text">{message.text}</p>
            </li>
          ))}
        </ol>
      ) : <p class="note">{m.publisher.noMessages}</p>}
      <IssueList issues={issues} />
      <TextAreaField name="new-message" label={m.publisher.newMessage} hint={m.publisher.newMessageHint} value={text} onValue={setText} />
      <div class="actions">
        <button type="button" class="secondary" disabled={!text?.trim()} onClick={() => {
          if (!text?.trim()) return;
          onChange([...messages, { from: 'publisher', on: asOf, text }]);
          setText(undefined);
        }}>{m.publisher.addMessage}</button>
      </div>
    </fieldset>
  );
}
