'use strict';
// Keys for the local token service. The PEM markers below are also used to tell PKCS#1 from PKCS#8.
const fs = require('node:fs');

const PKCS1_MARKER = '-----BEGIN RSA PRIVATE KEY-----';
const PKCS8_BODY = /-----BEGIN PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END PRIVATE KEY-----/;

const devKey = `-----BEGIN PRIVATE KEY----- // jwtguard-expect: private-key
WD8RA/GHiAVWPf7FP/7P2Mzjr7YaG7+S3k2T+soGj/q39FFGpimRiJraUONVLOwk
rTHFZ0I2l+zdwBUFZrJIVNv+uIsf1PCAIKkejg5BIy9b+55ikP4dp2jpf8VuEovD
gPPGldtuSAsGfFL3z8oi4/WzBIlm0/3l1ekXUIuTya2zp1JYIKazvkNd2OS9kDz8
HvdGpufyt79q7AVI/Uh1eiOf+qAmjTWcZy3CAAjq5dfWEJ7xWjtdm/jAW5kSzOBI
WEpMAgbZ/C1cWcbrMa0IvIo+Waov2EAnQnS2m20vPRwV1r/MRAtEIWCLCOGUfBq2
dJ3Cr0vkv43Zfb/oAU9RCn/RuOY1BrIGYbl826JmRyW+DJUJ7W5xTqs8YvOJwoNe
+CUlsZJ5U2JPScOcC6qSVsJ3lAQOEL4RWdte1vwOxpDQ7Rys1SY/yHK2K/pVttTc
tCriyycXRYl8xOK/WCZ/3SEwZ/jgymez6aPydjxofqviLn9/m7eePfV71IRDngbK
qL7pxdXF+5U1Gkf9PWbNO0DMsozSIIV39jFLrcjOW2qBpKVtI7iuFyLnVNel4+Cg
mS8XPMs7g/MuS3fNR1dec2nhhlrRYYInci1/Jma/ESvamCsl5kUotWnNJMv2GerK
FICQpziowDjD58MmQ39+NtyzfXvMXIfvjUxZrHoq310vD29FWa+fywhowUvctPHe
YgeHeD5hooAu/jDQqNwKGt4VmUfsaPM1P54e/6CYJg+lXda4Tygxyy1Nupa0fs4E
-----END PRIVATE KEY-----`;

// Cut while pasting: the literal closes before the END line.
const stagingKey = `-----BEGIN RSA PRIVATE KEY----- // jwtguard-expect: private-key
EN14iyeUa5nUUGFRGUD24y5cM18kCtk+6wBsGdKHdk5Au5Gx4c+RlX1b+iZmqdFf
MMrYsAizYP3lehifGtCxm7Bd/oAYOK08siEZaJWE4BWevsGpQPphlJFThCXMeBW1
pM+7DsbbGNrWo7lQ7j0JNti2T95A9X4TLnaouRK75EZhDNJ9iWPpMUz19vOjiMta
M7o3zyfpCeJDDGxlBrUo1tt9F2xhj39JQALLvmNnM+q4nYtSwP2WoXArv0CoTvSw`;

const edgeKey = "-----BEGIN EC PRIVATE KEY-----\n4U89BW124rGlI9Btq38fpRFMzIMve1jHCcr5GhQgokaCBMgFB7MP5GmaXaaddPa3\nOTsx0bV5AwE0nUyqRyKCpUK188EBgLxySDtf9O8BHGPMhQtyPoJHS1fHX7Z9qjNF\n"; // jwtguard-expect: private-key

const example = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...
-----END PRIVATE KEY-----`;

function kindOf(pem) {
  if (pem.startsWith(PKCS1_MARKER)) return 'pkcs1';
  return PKCS8_BODY.test(pem) ? 'pkcs8' : 'unknown';
}

function loadFromDisk() {
  return fs.readFileSync(process.env.SIGNING_KEY_PATH, 'utf8');
}

module.exports = { devKey, stagingKey, edgeKey, example, kindOf, loadFromDisk };
