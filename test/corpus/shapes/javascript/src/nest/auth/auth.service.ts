import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UsersService } from '../users/users.service';

const REFRESH = 'nest-refresh-service-key-5t'; // jwtguard-expect: jwt-key-identifier

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwtService: JwtService,
  ) {}

  async signIn(username: string, pass: string): Promise<{ access_token: string; refresh_token: string }> {
    const user = await this.users.findOne(username);
    if (!user || !(await user.checkPassword(pass))) throw new UnauthorizedException();
    const payload = { sub: user.userId, username: user.username };
    return {
      access_token: await this.jwtService.signAsync(payload),
      refresh_token: await this.jwtService.signAsync(payload, { secret: REFRESH, expiresIn: '7d' }),
    };
  }

  async refresh(token: string) {
    const { sub, username } = await this.jwtService.verifyAsync(token, { secret: REFRESH });
    return this.jwtService.signAsync({ sub, username });
  }

  async impersonate(adminId: string, userId: string) {
    return this.jwtService.signAsync(
      {
        sub: userId,
        act: { sub: adminId },
        scope: 'impersonation',
        reason: 'support',
        ticket: 'pending',
        ttl: 600,
        audit: true,
        channel: 'console',
        region: 'eu',
      },
      {
        expiresIn: '10m',
        secret: 'nest-impersonation-inline-key', // jwtguard-expect: jwt-call-literal
      },
    );
  }
}
