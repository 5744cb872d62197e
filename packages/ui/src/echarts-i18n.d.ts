declare module 'echarts/i18n/langNL-obj.js' {
  const lang: Record<string, unknown>;
  export default lang;
}
