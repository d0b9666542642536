import { Server } from 'socket.io';
import jwt from 'jsonwebtoken';
import { SOCKET_PATH, SOCKET_SIGNING, PING_INTERVAL_MS, MAX_PAYLOAD } from './constants.mjs';

export function attach(httpServer) {
  const io = new Server(httpServer, { path: SOCKET_PATH, pingInterval: PING_INTERVAL_MS, maxHttpBufferSize: MAX_PAYLOAD });
  io.use((socket, next) => {
    try {
      socket.data.user = jwt.verify(socket.handshake.auth.token, SOCKET_SIGNING);
      next();
    } catch (err) {
      next(new Error('unauthorized'));
    }
  });
  io.on('connection', (socket) => {
    socket.emit('hello', { id: socket.data.user.sub });
  });
  return io;
}

export const socketTicket = (user) => jwt.sign({ sub: user.id }, SOCKET_SIGNING, { expiresIn: '1m' });
