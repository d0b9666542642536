const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { passportJwtSecret } = require('jwks-rsa');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = 'passport-opts-secret'; // jwtguard-expect: jwt-secret-assignment
opts.issuer = 'accounts.example.com';
opts.audience = 'example.com';

passport.use(new JwtStrategy(opts, (payload, done) => {
  User.findOne({ id: payload.sub }, (err, user) => done(err, user || false));
}));

passport.use('admin-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromHeader('x-admin-token'),
  secretOrKey: 'passport-inline-secret', // jwtguard-expect: jwt-call-literal
}, verifyAdmin));

passport.use('service-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://auth.example.com/.well-known/jwks.json', cache: true }),
  algorithms: ['RS256'],
}, verifyService));

passport.use('env-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.PASSPORT_JWT_SECRET,
}, verifyUser));
