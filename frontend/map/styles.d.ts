// Vite turns a stylesheet import into a style element; TypeScript only needs to know such imports exist.
declare module '*.css';
