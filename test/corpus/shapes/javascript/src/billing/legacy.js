module.exports.receiptKey = 'billing-receipts-module-exports-key'; // jwtguard-expect: jwt-key-identifier
module.exports.receiptTtl = '30d';
module.exports.receiptIssuer = 'billing';
