export * from './period-report';
