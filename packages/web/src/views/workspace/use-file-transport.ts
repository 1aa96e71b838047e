// The form kit's file transport for a workspace page: uploads go to POST /api/attachments with
// the flow and field whose limits apply, files open through an authenticated download (a Blob URL
// in a new tab, or a save when the browser will not show the type).
import { useI18n } from 'vue-i18n';
import type { Ref } from 'vue';
import { useHttp } from '../../api/client.ts';
import { downloadAttachment, uploadAttachment } from '../../api/attachments.ts';
import { formatBytes, type FileTransport } from '../../form-kit/file-transport.ts';

export function useFileTransport(definition: Ref<string | undefined>): FileTransport {
  const http = useHttp();
  const { t, locale } = useI18n();
  const lang = () => (locale.value === 'en' ? 'en' : 'zh-CN') as 'en' | 'zh-CN';
  return {
    async upload(file, field) {
      const r = await uploadAttachment(http, file, definition.value ? { definition: definition.value, field } : undefined);
      return r.ok ? { ok: true, value: r.data } : { ok: false, message: r.error.message[lang()] };
    },
    async open(value) {
      const r = await downloadAttachment(http, value.id);
      if (!r.ok) return;
      const url = URL.createObjectURL(r.data);
      const a = document.createElement('a');
      a.href = url;
      a.download = value.name;
      a.rel = 'noopener';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    words: {
      get upload() { return t('records.upload'); },
      get remove() { return t('records.removeFile'); },
      tooLarge: (max) => t('records.fileTooLarge', { size: formatBytes(max) }),
    },
  };
}
