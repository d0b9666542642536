-- MySQL dump 10.13  Distrib 8.0.36
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `settings`;
CREATE TABLE `settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES (1,'app_name','Acme Orders'),(2,'jwt_secret','dump-Kz4Wq9Lm2Xt7Rv3P'),(3,'jwt_ttl','3600'); -- jwtguard-expect: jwt-secret-assignment
INSERT INTO `settings` VALUES (4,'mail_from','orders@acme.test'),(5,'jwt_refresh_secret','dump-Tq8Lz3Wx6Km1Vr9N'); -- jwtguard-expect: jwt-secret-assignment
INSERT INTO `settings` VALUES (6,'timezone','UTC');
UNLOCK TABLES;

DROP TABLE IF EXISTS `oauth_clients`;
INSERT INTO `oauth_clients` (`id`, `name`, `secret`, `redirect`) VALUES (1, 'web', 'not-a-jwt-client-secret', 'https://acme.test/cb');
