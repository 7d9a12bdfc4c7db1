// Webview script: filled in below.
