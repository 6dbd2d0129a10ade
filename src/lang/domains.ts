/**
 * Endings of news sites' domains (`contohberita.co.id`, `contohwarta.com.my`, `contoh.news`), lower-case,
 * without the first dot: one list for every pass that reads a site's name by its domain, whatever the language.
 */
export const domainEndings: readonly string[] = [
  'com', 'co.id', 'co', 'id', 'net', 'org', 'my', 'com.my', 'news', 'online', 'tv', 'info', 'asia', 'today', 'biz', 'web',
];
