// The page's entry: mounts the application shell. The core runs in its own worker
// (core/worker.ts); this bundle never loads the WebAssembly module.
import { render } from 'preact';
import { App } from './app/App.tsx';
import './styles/base.css';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<App />, root);
}
