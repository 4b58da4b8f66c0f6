// Needs the browser: copying to the clipboard is a browser API, and only some pages may use it.
import { Component } from "preact";
import { copyText } from "./browser.ts";

interface Props {
  /** The text to copy, when it is known up front (a URL). */
  text?: string;
  /** Otherwise the id of the server-rendered <textarea> whose text is copied. */
  sourceId?: string;
  labels: { copy: string; copied: string; copyFailed: string };
}

interface State {
  canCopy: boolean;
  status: string;
}

/**
 * A "Copy" button with an announced result; without JavaScript readers select and copy by
 * hand. (Islands are class components: Preact's hooks would cost a kilobyte of the JS budget.)
 */
export default class CopyButton extends Component<Props, State> {
  override state: State = { canCopy: false, status: "" };

  override componentDidMount() {
    // lib.dom declares the clipboard always present, but it is undefined on insecure (http:) pages.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    this.setState({ canCopy: typeof clipboard?.writeText === "function" });
  }

  copy = async () => {
    const { text, sourceId, labels } = this.props;
    const source = sourceId ? (document.getElementById(sourceId) as HTMLTextAreaElement | null) : null;
    this.setState({ status: "" });
    if (await copyText(text ?? source?.value ?? "")) {
      this.setState({ status: labels.copied });
    } else {
      // Leave the text selected so Ctrl+C / Cmd+C finishes the job.
      source?.select();
      this.setState({ status: labels.copyFailed });
    }
  };

  override render({ labels }: Props, { canCopy, status }: State) {
    return (
      <div class="copy">
        {canCopy && (
          <button type="button" class="button button--ghost" onClick={() => void this.copy()}>
            {labels.copy}
          </button>
        )}
        <p class="copy__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    );
  }
}
