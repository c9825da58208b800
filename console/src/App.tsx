import { useState } from 'react';

type Language = 'vi' | 'en';

const text = {
  vi: {
    title: 'Niêm yết — Bảng điều khiển',
    intro: 'Quản lý quyết định công bố thủ tục hành chính, rà soát văn bản và nhật ký thay đổi.',
    toggle: 'English',
  },
  en: {
    title: 'Niêm yết — Console',
    intro: 'Publication decisions, legal-document reviews and change logs for administrative procedures.',
    toggle: 'Tiếng Việt',
  },
} as const;

export function App() {
  const [language, setLanguage] = useState<Language>('vi');
  const t = text[language];
  return (
    <main lang={language}>
      <header>
        <h1>{t.title}</h1>
        <button type="button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
          {t.toggle}
        </button>
      </header>
      <p>{t.intro}</p>
    </main>
  );
}
