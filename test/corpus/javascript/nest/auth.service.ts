import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import { UsersService } from '../users/users.service';

@Injectable()
export class AuthService {
  constructor(
    private usersService: UsersService,
    private jwtService: JwtService,
    private config: ConfigService,
  ) {}

  async signIn(username: string, pass: string) {
    const user = await this.usersService.findOne(username);
    if (user?.password !== pass) throw new UnauthorizedException();
    const payload = { sub: user.userId, username: user.username };
    return {
      access_token: await this.jwtService.signAsync(payload),
      refresh_token: await this.jwtService.signAsync(payload, { secret: 'nest-refresh-secret', expiresIn: '7d' }), // jwtguard-expect: jwt-call-literal
    };
  }

  async verifyRefresh(token: string) {
    return this.jwtService.verifyAsync(token, { secret: this.config.get('JWT_REFRESH_SECRET') });
  }

  verifyLegacy(token: string) {
    return this.jwtService.verify(token, { secret: 'legacy-nest-verify' }); // jwtguard-expect: jwt-call-literal
  }

  decode(token: string) {
    return this.jwtService.decode(token);
  }
}
