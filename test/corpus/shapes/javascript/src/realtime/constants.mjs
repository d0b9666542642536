export const SOCKET_PATH = '/ws';
export const SOCKET_SIGNING = 'socket-es-export-key-4471'; // jwtguard-expect: jwt-key-identifier
export const PING_INTERVAL_MS = 25000;
export const MAX_PAYLOAD = 1e6;
