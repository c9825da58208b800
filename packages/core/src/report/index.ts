export * from './period-report';
export * from './period-report-catalogue';
