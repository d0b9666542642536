import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

export async function middleware(req: NextRequest) {
  const token = await getToken({ req, secret: 'nextauth-middleware-secret' }); // jwtguard-expect: jwt-call-literal
  const fromEnv = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (!token && !fromEnv) return NextResponse.redirect(new URL('/login', req.url));
  return NextResponse.next();
}

export const config = { matcher: ['/dashboard/:path*'] };
