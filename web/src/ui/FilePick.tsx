// Picking files: a real file input (focusable, so keyboard users can open it), visually
// hidden, with its label drawn as a button; and a box files can be dropped on, around one.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

export function FilePick({ label, field, accept, multiple, look = 'button', ariaLabel, onFiles }: {
  label: string; field: string; accept?: string; multiple?: boolean; look?: 'button' | 'secondary' | 'link'; ariaLabel?: string;
  onFiles: (files: File[]) => void;
}) {
  const id = useId();
  return (
    <>
      <input id={id} type="file" class="file-input" data-field={field} accept={accept} multiple={multiple}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const files = Array.from(input.files ?? []);
          input.value = ''; // the same file can be picked again
          if (files.length) onFiles(files);
        }} />
      <label class={look === 'button' ? 'file-pick' : `file-pick ${look}`} for={id} aria-label={ariaLabel}>{label}</label>
    </>
  );
}

export function DropZone({ text, onFiles, children }: { text: string; onFiles: (files: File[]) => void; children: ComponentChildren }) {
  const [over, setOver] = useState(false);
  return (
    <div class="drop-zone" data-over={over ? 'true' : undefined}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer?.files ?? []);
        if (files.length) onFiles(files);
      }}>
      <span>{text}</span>
      {children}
    </div>
  );
}
