// Whether the screen is phone-sized: dialogs go full screen and layouts stack below 640 px.
import { onBeforeUnmount, ref, type Ref } from 'vue';

export const NARROW_QUERY = '(max-width: 640px)';

export function useNarrow(): Ref<boolean> {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(NARROW_QUERY) : undefined;
  const narrow = ref(mq?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => { narrow.value = e.matches; };
  mq?.addEventListener('change', onChange);
  onBeforeUnmount(() => mq?.removeEventListener('change', onChange));
  return narrow;
}
