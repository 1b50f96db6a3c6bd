import { Component, type ErrorInfo, type ReactNode } from "react";

type State = { error: Error | null };

/**
 * Last line of defence: a bug in one screen shows a message instead of a blank page. Form state in that
 * screen is gone, so the message says so plainly.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Screen failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">Something went wrong on this screen</p>
        <p>{this.state.error.message}</p>
        <p>
          Unsaved changes on this screen could not be kept. <a href="/">Go to patients</a> or reload
          the page.
        </p>
      </div>
    );
  }
}
