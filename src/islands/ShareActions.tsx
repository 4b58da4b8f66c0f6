// Needs the browser: the Web Share and Clipboard APIs exist only there, and only in some browsers.
import { Component } from "preact";
import CopyButton from "./CopyButton.tsx";

interface Props {
  title: string;
  /** Absolute canonical URL: what is shared and copied. */
  url: string;
  labels: { share: string; copy: string; copied: string; copyFailed: string };
}

/** "Share…" and "Copy link" beside the server-rendered share links; neither shows until it can work. */
export default class ShareActions extends Component<Props, { canShare: boolean }> {
  override state = { canShare: false };

  override componentDidMount() {
    this.setState({ canShare: typeof navigator.share === "function" });
  }

  share = () => {
    // A reader closing the share sheet rejects the promise; that is not an error worth showing.
    navigator.share({ title: this.props.title, url: this.props.url }).catch(() => undefined);
  };

  override render({ url, labels }: Props, { canShare }: { canShare: boolean }) {
    return (
      <div class="share__actions">
        {canShare && (
          <button type="button" class="button button--ghost" onClick={this.share}>
            {labels.share}
          </button>
        )}
        <CopyButton text={url} labels={labels} />
      </div>
    );
  }
}
