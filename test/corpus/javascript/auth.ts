import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [GitHub],
  secret: process.env.AUTH_SECRET,
  trustHost: true,
});

export const legacy = NextAuth({
  providers: [GitHub],
  secret: 'authjs-inline-secret-value', // jwtguard-expect: jwt-call-literal
});
