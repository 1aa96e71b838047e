// Single-file components for the type checker; the DOM library for the browser code, since the
// root tsconfig (shared with the Node packages) only lists ES2023.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
