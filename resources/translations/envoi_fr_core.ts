<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <location filename="../../build/translations/core_texts.py" line="5"/>
        <source>Type it on one line.</source>
        <translation>Saisissez-le sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="7"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="9"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="11"/>
        <source>consent source</source>
        <translation>source du consentement</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="13"/>
        <source>consent method</source>
        <translation>mode de consentement</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="15"/>
        <source>list name</source>
        <translation>nom de liste</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="17"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="19"/>
        <source>{target} on {zone}</source>
        <translation>{target} sur {zone}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="21"/>
        <source>{target} is not listed on {zone}.</source>
        <translation>{target} ne figure pas sur {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="23"/>
        <source>{zone} refused to answer for {target} ({codes}): not a listing. Lists like Spamhaus refuse questions that come through public DNS resolvers.</source>
        <translation>{zone} a refusé de répondre pour {target} ({codes}) : ce n’est pas une inscription. Des listes comme Spamhaus refusent les questions qui passent par des résolveurs DNS publics.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="25"/>
        <source>Run the check through your own DNS resolver, or look the address up on the list&apos;s web site.</source>
        <translation>Lancez la vérification avec votre propre résolveur DNS, ou cherchez l’adresse sur le site web de la liste.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="27"/>
        <source>{zone} gave an answer that is not a list code ({codes}); your DNS may rewrite unknown names.</source>
        <translation>{zone} a donné une réponse qui n’est pas un code de liste ({codes}) ; votre DNS réécrit peut-être les noms inconnus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="29"/>
        <source>Use a resolver that does not rewrite answers.</source>
        <translation>Utilisez un résolveur qui ne réécrit pas les réponses.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="31"/>
        <source>{target} is listed on {zone} ({items}).{reason}</source>
        <translation>{target} figure sur {zone} ({items}).{reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="33"/>
        <source>Find the cause (a compromised account, a bad list) and ask {zone} for delisting on its web site.</source>
        <translation>Trouvez la cause (un compte piraté, une mauvaise liste) et demandez le retrait à {zone} sur son site web.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="35"/>
        <source>No selector given, and no usual selector has a DKIM key at {domain}.</source>
        <translation>Aucun sélecteur indiqué, et aucun sélecteur habituel n’a de clé DKIM pour {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="37"/>
        <source>Give your selector (--selector), or generate a DKIM key in Envoi.</source>
        <translation>Indiquez votre sélecteur (--selector), ou générez une clé DKIM dans Envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="39"/>
        <source>the DKIM record</source>
        <translation>l’enregistrement DKIM</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="41"/>
        <source>There is no DKIM record for selector &apos;{selector}&apos; at {domain}, so messages cannot be DKIM-verified.</source>
        <translation>Il n’y a pas d’enregistrement DKIM pour le sélecteur « {selector} » de {domain} : la signature DKIM des messages ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="43"/>
        <source>The DKIM record at {name} is broken: {items}.</source>
        <translation>L’enregistrement DKIM de {name} est invalide : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="45"/>
        <source>Publish the record exactly as your key generator gave it.</source>
        <translation>Publiez l’enregistrement exactement tel que le générateur de clé l’a donné.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="47"/>
        <source>The DKIM key at {name} is revoked (empty p=).</source>
        <translation>La clé DKIM de {name} est révoquée (p= vide).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="49"/>
        <source>Sign with another selector whose key is published.</source>
        <translation>Signez avec un autre sélecteur dont la clé est publiée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="51"/>
        <source>The DKIM record at {name} is published and valid.</source>
        <translation>L’enregistrement DKIM de {name} est publié et valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="53"/>
        <source>The DKIM key is Ed25519.</source>
        <translation>La clé DKIM est de type Ed25519.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="55"/>
        <source>The DKIM key is RSA {key_bits} bits: receivers ignore keys under 1024.</source>
        <translation>La clé DKIM est RSA {key_bits} bits : les destinataires ignorent les clés de moins de 1024 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="57"/>
        <source>Generate a 2048-bit RSA key under a new selector.</source>
        <translation>Générez une clé RSA de 2048 bits sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="59"/>
        <source>The DKIM key is RSA {key_bits} bits; 2048 bits is today&apos;s norm.</source>
        <translation>La clé DKIM est RSA {key_bits} bits ; la norme actuelle est 2048 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="61"/>
        <source>The DKIM key is RSA {key_bits} bits.</source>
        <translation>La clé DKIM est RSA {key_bits} bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="63"/>
        <source>The DKIM record has t=y (testing): receivers may treat signatures as unsigned.</source>
        <translation>L’enregistrement DKIM porte t=y (test) : les destinataires peuvent traiter les messages signés comme non signés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="65"/>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Retirez t=y de l’enregistrement dès que la signature fonctionne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="67"/>
        <source>the configured DKIM key</source>
        <translation>la clé DKIM configurée</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="69"/>
        <source>Envoi&apos;s DKIM private key is a published example key (from an RFC or a test suite): anyone can sign mail as your domain with it.</source>
        <translation>La clé privée DKIM d’Envoi est une clé d’exemple publiée (d’une RFC ou d’une suite de tests) : n’importe qui peut signer du courrier au nom de votre domaine avec elle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="71"/>
        <source>Generate a new DKIM key in Envoi and publish its record under a new selector.</source>
        <translation>Générez une nouvelle clé DKIM dans Envoi et publiez son enregistrement sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="73"/>
        <source>The published key matches Envoi&apos;s private key.</source>
        <translation>La clé publiée correspond à la clé privée d’Envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="75"/>
        <source>The key published for selector &apos;{selector}&apos; does not match the private key Envoi signs with: every signature would fail.</source>
        <translation>La clé publiée pour le sélecteur « {selector} » ne correspond pas à la clé privée avec laquelle Envoi signe : chaque signature échouerait.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="77"/>
        <source>Replace the TXT record at {selector}._domainkey.{domain} with this one.</source>
        <translation>Remplacez l’enregistrement TXT de {selector}._domainkey.{domain} par celui-ci.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="79"/>
        <source>the DMARC record</source>
        <translation>l’enregistrement DMARC</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="81"/>
        <source>{domain} has no DMARC record; Gmail and Yahoo require one from bulk senders.</source>
        <translation>{domain} n’a pas d’enregistrement DMARC ; Gmail et Yahoo en exigent un des expéditeurs en nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="83"/>
        <source>Publish this TXT record at _dmarc.{value} (p=none only asks for reports; tighten it later).</source>
        <translation>Publiez cet enregistrement TXT sur _dmarc.{value} (p=none demande seulement des rapports ; durcissez-le plus tard).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="85"/>
        <source>_dmarc.{owner} has {count} DMARC records; receivers then ignore them all.</source>
        <translation>_dmarc.{owner} a {count} enregistrements DMARC ; les destinataires les ignorent alors tous.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="87"/>
        <source>Keep one record and delete the others.</source>
        <translation>Gardez un seul enregistrement et supprimez les autres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="89"/>
        <source>The DMARC record at {where} is invalid: {items}.</source>
        <translation>L’enregistrement DMARC de {where} est invalide : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="91"/>
        <source>Replace it with a valid record.</source>
        <translation>Remplacez-le par un enregistrement valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="93"/>
        <source>The DMARC record at {where} is valid.</source>
        <translation>L’enregistrement DMARC de {where} est valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="95"/>
        <source>The DMARC record could be better: {items}.</source>
        <translation>L’enregistrement DMARC pourrait être meilleur : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="97"/>
        <source>Adjust the record as noted.</source>
        <translation>Corrigez l’enregistrement comme indiqué.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="99"/>
        <source>The DMARC record asks for no aggregate reports (rua), so you will not see who sends as your domain.</source>
        <translation>L’enregistrement DMARC ne demande pas de rapports agrégés (rua) : vous ne verrez pas qui envoie au nom de votre domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="101"/>
        <source>Add rua=mailto:an address you read.</source>
        <translation>Ajoutez rua=mailto:une adresse que vous lisez.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="103"/>
        <source>Aggregate reports go to {tags}.</source>
        <translation>Les rapports agrégés vont à {tags}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="105"/>
        <source>The DMARC policy is {policy}{sp} but t=y (testing) asks receivers to apply one level less.</source>
        <translation>La politique DMARC est {policy}{sp}, mais t=y (test) demande aux destinataires d’appliquer un niveau de moins.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="107"/>
        <source>Remove t=y once reports look right.</source>
        <translation>Retirez t=y dès que les rapports sont bons.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="109"/>
        <source>The DMARC policy is none{sp}: enough for Gmail and Yahoo, but it does not protect your domain from spoofing.</source>
        <translation>La politique DMARC est none{sp} : cela suffit pour Gmail et Yahoo, mais ne protège pas votre domaine contre l’usurpation.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="111"/>
        <source>Once the reports show only your own senders, move to p=quarantine, then reject.</source>
        <translation>Quand les rapports ne montrent plus que vos propres expéditeurs, passez à p=quarantine, puis reject.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="113"/>
        <source>The DMARC policy is {policy}{sp}.</source>
        <translation>La politique DMARC est {policy}{sp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="115"/>
        <source>From {domain} aligns with {detail}.</source>
        <translation>Le From {domain} est aligné avec {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="117"/>
        <source>From {domain} aligns only one way: {detail}. DMARC passes while that one passes; a forwarder can break it.</source>
        <translation>Le From {domain} n’est aligné que d’une façon : {detail}. DMARC passe tant que celle-ci passe ; un transfert peut la casser.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="119"/>
        <source>Sign with d= your From domain and use a Return-Path under it.</source>
        <translation>Signez avec d= votre domaine From et utilisez un Return-Path sous ce domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="121"/>
        <source>From {domain} does not align: {detail}. DMARC fails even when SPF and DKIM pass.</source>
        <translation>Le From {domain} n’est pas aligné : {detail}. DMARC échoue même quand SPF et DKIM passent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="123"/>
        <source>Sign with DKIM d= your From domain (or relax adkim/aspf to r).</source>
        <translation>Signez en DKIM avec d= votre domaine From (ou assouplissez adkim/aspf à r).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="125"/>
        <source>The {role} domain {domain} does not exist in DNS.</source>
        <translation>Le domaine ({role}) {domain} n’existe pas dans le DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="127"/>
        <source>Check the spelling of {domain}, or register it.</source>
        <translation>Vérifiez l’orthographe de {domain}, ou enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="129"/>
        <source>The {role} domain {domain} publishes a null MX: it accepts no mail, so replies and bounces are lost and receivers may refuse your messages.</source>
        <translation>Le domaine ({role}) {domain} publie un MX nul : il n’accepte aucun courrier, donc les réponses et les retours sont perdus et les destinataires peuvent refuser vos messages.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="131"/>
        <source>Publish the MX of the mailbox provider that receives mail for {domain}.</source>
        <translation>Publiez le MX du fournisseur de messagerie qui reçoit le courrier de {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="133"/>
        <source>The {role} domain {domain} has no MX record; mail to it goes to its web address, which rarely accepts mail.</source>
        <translation>Le domaine ({role}) {domain} n’a pas d’enregistrement MX ; le courrier qui lui est adressé va à son adresse web, qui accepte rarement du courrier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="135"/>
        <source>Publish an MX record for {domain}.</source>
        <translation>Publiez un enregistrement MX pour {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="137"/>
        <source>The {role} domain {domain} has no MX record and no address: replies bounce.</source>
        <translation>Le domaine ({role}) {domain} n’a ni enregistrement MX ni adresse : les réponses reviennent en erreur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="139"/>
        <source>The {role} domain&apos;s first mail server {first} has no address.</source>
        <translation>Le premier serveur de messagerie du domaine ({role}), {first}, n’a pas d’adresse.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="141"/>
        <source>Correct the MX record to name a server that exists.</source>
        <translation>Corrigez l’enregistrement MX pour qu’il nomme un serveur qui existe.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="143"/>
        <source>the MX of {domain}</source>
        <translation>le MX de {domain}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="145"/>
        <source>The {role} domain {domain} receives mail ({hosts}).</source>
        <translation>Le domaine ({role}) {domain} reçoit du courrier ({hosts}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="147"/>
        <source>The SMTP server address {ip} has no reverse DNS (PTR) name; large mailbox providers refuse or junk mail from such addresses.</source>
        <translation>L’adresse du serveur SMTP {ip} n’a pas de nom DNS inverse (PTR) ; les grands fournisseurs de messagerie refusent ou classent en indésirables le courrier de ces adresses.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="149"/>
        <source>Ask the owner of {ip} (your host or ISP) to set its PTR to {host}.</source>
        <translation>Demandez au propriétaire de {ip} (votre hébergeur ou FAI) de régler son PTR sur {host}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="151"/>
        <source>the reverse DNS of {ip}</source>
        <translation>le DNS inverse de {ip}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="153"/>
        <source>{ip} has reverse DNS {name}, which resolves back to it.</source>
        <translation>{ip} a le DNS inverse {name}, qui pointe bien vers elle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="155"/>
        <source>{ip} has reverse DNS {items}, but that name does not resolve back to {ip}.</source>
        <translation>{ip} a le DNS inverse {items}, mais ce nom ne pointe pas vers {ip}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="157"/>
        <source>Give {names} an address record {ip}, or set the PTR to a name that has it.</source>
        <translation>Donnez à {names} un enregistrement d’adresse {ip}, ou réglez le PTR sur un nom qui l’a.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="159"/>
        <source>A {domain} From address sent through {host} is the provider&apos;s own use.</source>
        <translation>Une adresse From {domain} envoyée par {host} est l’usage propre du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="161"/>
        <source>A From address at {domain} sent through {value} fails DMARC: {domain} tells receivers to refuse or junk such mail.</source>
        <translation>Une adresse From chez {domain} envoyée par {value} échoue à DMARC : {domain} demande aux destinataires de refuser ce courrier ou de le classer en indésirables.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="163"/>
        <source>Send from an address at your own domain (and set Reply-To to the free-mail address if you like).</source>
        <translation>Envoyez depuis une adresse de votre propre domaine (et mettez l’adresse de messagerie gratuite en Reply-To si vous le souhaitez).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="165"/>
        <source>{rule} ({who}): not checked without the SMTP server.</source>
        <translation>{rule} ({who}) : non vérifié sans le serveur SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="167"/>
        <source>Give the SMTP server (host or sending profile) and check again.</source>
        <translation>Indiquez le serveur SMTP (hôte ou profil d’envoi) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="169"/>
        <source>{rule} ({who}): could not check.</source>
        <translation>{rule} ({who}) : vérification impossible.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="171"/>
        <source>{rule} ({who}).</source>
        <translation>{rule} ({who}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="173"/>
        <source>{rule} ({who}): not met.</source>
        <translation>{rule} ({who}) : non respecté.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="175"/>
        <source>{unsubscribe}: checked per campaign in preflight.</source>
        <translation>{unsubscribe} : vérifié pour chaque campagne avant l’envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="177"/>
        <source>Keep the unsubscribe link in every template.</source>
        <translation>Gardez le lien de désinscription dans chaque modèle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="179"/>
        <source>{unsubscribe}.</source>
        <translation>{unsubscribe}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="181"/>
        <source>{unsubscribe}: missing.</source>
        <translation>{unsubscribe} : absent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="183"/>
        <source>Turn on List-Unsubscribe and List-Unsubscribe-Post in the campaign.</source>
        <translation>Activez List-Unsubscribe et List-Unsubscribe-Post dans la campagne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="185"/>
        <source>Spam complaint rate under 0.3% (better 0.1%) (Gmail, Yahoo): Envoi cannot see it.</source>
        <translation>Taux de plaintes pour spam sous 0,3 % (mieux : 0,1 %) (Gmail, Yahoo) : Envoi ne peut pas le voir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="187"/>
        <source>Watch it in Google Postmaster Tools and Yahoo&apos;s Complaint Feedback Loop.</source>
        <translation>Surveillez-le dans Google Postmaster Tools et la boucle de rétroaction (Complaint Feedback Loop) de Yahoo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="189"/>
        <source>Could not check {what}: {why}</source>
        <translation>Impossible de vérifier {what} : {why}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="191"/>
        <source>Run the check again later.</source>
        <translation>Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="193"/>
        <source>No SMTP server was given: its connection, TLS and reverse DNS were not checked.</source>
        <translation>Aucun serveur SMTP indiqué : sa connexion, son TLS et son DNS inverse n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="195"/>
        <source>the address of {host}</source>
        <translation>l’adresse de {host}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="197"/>
        <source>Your network&apos;s DNS resolver is not answering correctly: it says that {names} do not exist, so what it says about {domain} cannot be trusted. Nothing was judged.</source>
        <translation>Le résolveur DNS de votre réseau ne répond pas correctement : il affirme que {names} n’existent pas, donc ce qu’il dit de {domain} n’est pas fiable. Rien n’a été jugé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="199"/>
        <source>Choose another DNS server (for example 1.1.1.1 or 9.9.9.9) in the Sender check, or run: envoi dns check DOMAIN --nameserver 1.1.1.1</source>
        <translation>Choisissez un autre serveur DNS (par exemple 1.1.1.1 ou 9.9.9.9) dans la vérification de l’expéditeur, ou lancez : envoi dns check DOMAINE --nameserver 1.1.1.1</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="201"/>
        <source>the {group} checks</source>
        <translation>les vérifications {group}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="203"/>
        <source>The SMTP host {host} has no address in DNS.</source>
        <translation>L’hôte SMTP {host} n’a pas d’adresse dans le DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="205"/>
        <source>Check the host name in the SMTP settings.</source>
        <translation>Vérifiez le nom d’hôte dans les réglages SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="207"/>
        <source>Envoi could not talk SMTP with {where} ({ip}): {exc}.</source>
        <translation>Envoi n’a pas pu dialoguer en SMTP avec {where} ({ip}) : {exc}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="209"/>
        <source>Check host, port and firewall; port 587 (STARTTLS) or 465 (TLS) are usual.</source>
        <translation>Vérifiez l’hôte, le port et le pare-feu ; les ports habituels sont 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="211"/>
        <source>{where} ({ip}) answers: {banner}</source>
        <translation>{where} ({ip}) répond : {banner}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="213"/>
        <source>{where} does not offer STARTTLS: passwords and messages would travel in clear.</source>
        <translation>{where} ne propose pas STARTTLS : les mots de passe et les messages circuleraient en clair.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="215"/>
        <source>Use the provider&apos;s TLS port (587 with STARTTLS, or 465).</source>
        <translation>Utilisez le port TLS du fournisseur (587 avec STARTTLS, ou 465).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="217"/>
        <source>{where} encrypts the session ({mode}).</source>
        <translation>{where} chiffre la session ({mode}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="219"/>
        <source>The certificate of {where} is not valid for {host}: {cert_problem}.</source>
        <translation>Le certificat de {where} n’est pas valide pour {host} : {cert_problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="221"/>
        <source>Use the host name that the provider&apos;s certificate names, or fix the server&apos;s certificate.</source>
        <translation>Utilisez le nom d’hôte que nomme le certificat du fournisseur, ou corrigez le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="223"/>
        <source>The certificate is valid for {host}.</source>
        <translation>Le certificat est valide pour {host}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="225"/>
        <source>TLS version {tls_version}.</source>
        <translation>Version de TLS : {tls_version}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="227"/>
        <source>The server negotiated {value}.</source>
        <translation>Le serveur a négocié {value}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="229"/>
        <source>Ask the provider for TLS 1.2 or newer.</source>
        <translation>Demandez au fournisseur TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="231"/>
        <source>{where} offers AUTH ({items}) before encryption.</source>
        <translation>{where} propose AUTH ({items}) avant le chiffrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="233"/>
        <source>Make sure Envoi only logs in after STARTTLS (it does).</source>
        <translation>Assurez-vous qu’Envoi ne s’identifie qu’après STARTTLS (c’est le cas).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="235"/>
        <source>Login methods: {items}.</source>
        <translation>Méthodes d’identification : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="237"/>
        <source>{where} offers no login (AUTH) method; it may accept mail only from known addresses.</source>
        <translation>{where} ne propose aucune méthode d’identification (AUTH) ; il n’accepte peut-être le courrier que d’adresses connues.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="239"/>
        <source>Check the provider&apos;s settings for the submission port and login.</source>
        <translation>Vérifiez les réglages du fournisseur pour le port de soumission et l’identification.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="241"/>
        <source>{label} is published at {name} (optional).</source>
        <translation>{label} est publié sur {name} (facultatif).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="243"/>
        <source>{label} is not published (optional, for information).</source>
        <translation>{label} n’est pas publié (facultatif, pour information).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="245"/>
        <source>the SPF record of {domain}</source>
        <translation>l’enregistrement SPF de {domain}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="247"/>
        <source>{domain} has no SPF record: receivers can&apos;t tell which servers may send for it.</source>
        <translation>{domain} n’a pas d’enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer pour lui.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="249"/>
        <source>Publish this TXT record at {domain}.</source>
        <translation>Publiez cet enregistrement TXT sur {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="251"/>
        <source>{domain} has {count} SPF records; receivers then ignore SPF (permerror).</source>
        <translation>{domain} a {count} enregistrements SPF ; les destinataires ignorent alors SPF (permerror).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="253"/>
        <source>Merge them into one TXT record starting with v=spf1 and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement TXT commençant par v=spf1 et supprimez les autres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="255"/>
        <source>{domain} has one SPF record.</source>
        <translation>{domain} a un seul enregistrement SPF.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="257"/>
        <source>Correct the record; receivers treat it as broken (permerror).</source>
        <translation>Corrigez l’enregistrement ; les destinataires le traitent comme invalide (permerror).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="259"/>
        <source>The SPF record&apos;s syntax is valid.</source>
        <translation>La syntaxe de l’enregistrement SPF est valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="261"/>
        <source>The SPF record ends with +all: every server in the world may send as you.</source>
        <translation>L’enregistrement SPF se termine par +all : n’importe quel serveur au monde peut envoyer en votre nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="263"/>
        <source>End the record with ~all (or -all once all your senders are listed).</source>
        <translation>Terminez l’enregistrement par ~all (ou -all quand tous vos expéditeurs y figurent).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="265"/>
        <source>The SPF record ends with ?all (neutral): it protects nothing.</source>
        <translation>L’enregistrement SPF se termine par ?all (neutre) : il ne protège rien.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="267"/>
        <source>End the record with ~all or -all.</source>
        <translation>Terminez l’enregistrement par ~all ou -all.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="269"/>
        <source>The SPF record has no &apos;all&apos; term, so other servers get a neutral result.</source>
        <translation>L’enregistrement SPF n’a pas de terme « all » : les autres serveurs obtiennent un résultat neutre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="271"/>
        <source>The SPF record ends with a strict &apos;all&apos; term.</source>
        <translation>L’enregistrement SPF se termine par un terme « all » strict.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="273"/>
        <source>The SPF record uses &apos;ptr&apos;, which RFC 7208 deprecates; many receivers skip it.</source>
        <translation>L’enregistrement SPF utilise « ptr », que la RFC 7208 déconseille ; beaucoup de destinataires l’ignorent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="275"/>
        <source>Replace ptr with ip4:/ip6: or a: terms.</source>
        <translation>Remplacez ptr par des termes ip4:/ip6: ou a:.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="277"/>
        <source>The SPF record is {size} bytes; answers over 512 bytes may be dropped over UDP.</source>
        <translation>L’enregistrement SPF fait {size} octets ; les réponses de plus de 512 octets peuvent se perdre en UDP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="279"/>
        <source>Shorten it: merge ip4 ranges or use fewer includes.</source>
        <translation>Raccourcissez-le : fusionnez des plages ip4 ou utilisez moins d’include.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="281"/>
        <source>The SPF record is {size} bytes.</source>
        <translation>L’enregistrement SPF fait {size} octets.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="283"/>
        <source>The SPF record does not include {label}&apos;s servers ({include}).</source>
        <translation>L’enregistrement SPF n’inclut pas les serveurs de {label} ({include}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="285"/>
        <source>Add include:{include} before the &apos;all&apos; term.</source>
        <translation>Ajoutez include:{include} avant le terme « all ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="287"/>
        <source>every SPF include</source>
        <translation>chaque include SPF</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="289"/>
        <source>The SPF record needs {lookups} DNS lookups over all its includes; the limit is {MAX_LOOKUPS}, so some receivers answer permerror.</source>
        <translation>L’enregistrement SPF demande {lookups} requêtes DNS pour tous ses include ; la limite est de {MAX_LOOKUPS}, donc certains destinataires répondent permerror.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="291"/>
        <source>Remove includes you no longer use, or replace some by ip4:/ip6: ranges.</source>
        <translation>Retirez les include que vous n’utilisez plus, ou remplacez-en par des plages ip4:/ip6:.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="293"/>
        <source>The SPF record needs {lookups} of at most {MAX_LOOKUPS} DNS lookups{note}.</source>
        <translation>L’enregistrement SPF demande {lookups} requêtes DNS sur {MAX_LOOKUPS} au plus{note}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="295"/>
        <source>{void} SPF lookups find nothing (limit {MAX_VOID}): a permerror.</source>
        <translation>{void} requêtes SPF ne trouvent rien (limite {MAX_VOID}) : c’est un permerror.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="297"/>
        <source>Remove the terms that point to names without records.</source>
        <translation>Retirez les termes qui pointent vers des noms sans enregistrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="299"/>
        <source>{void} SPF lookup(s) find nothing (limit {MAX_VOID}).</source>
        <translation>{void} requête(s) SPF ne trouve(nt) rien (limite {MAX_VOID}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="301"/>
        <source>No SPF lookup comes back empty.</source>
        <translation>Aucune requête SPF ne revient vide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="303"/>
        <source>Fix or remove the includes named.</source>
        <translation>Corrigez ou retirez les include nommés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="305"/>
        <source>SPF for {ip}</source>
        <translation>SPF pour {ip}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="307"/>
        <source>Authorise the server in the SPF record, e.g. with ip{value}:{ip} or your provider&apos;s include.</source>
        <translation>Autorisez le serveur dans l’enregistrement SPF, par exemple avec ip{value}:{ip} ou l’include de votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="309"/>
        <source>The {what} contains a line break, which an e-mail header cannot hold.</source>
        <translation>Le champ « {what} » contient un saut de ligne, ce qu’un en-tête d’e-mail ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="311"/>
        <source>Write it on one line (check the imported data or the template).</source>
        <translation>Écrivez-le sur une seule ligne (vérifiez les données importées ou le modèle).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="313"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Le champ « {what} » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="315"/>
        <source>Shorten it.</source>
        <translation>Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="317"/>
        <source>The message has no way to unsubscribe.</source>
        <translation>Le message n’offre aucun moyen de se désinscrire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="319"/>
        <source>Add an unsubscribe sentence or link: providers and the law expect one.</source>
        <translation>Ajoutez une phrase ou un lien de désinscription : les fournisseurs et la loi l’exigent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="321"/>
        <source>The subject is empty.</source>
        <translation>L’objet est vide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="323"/>
        <source>{n} of the first {total} recipients have no value for &apos;{name}&apos;.</source>
        <translation>{n} des {total} premiers destinataires n’ont pas de valeur pour « {name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="325"/>
        <source>Fill the field, or give the template a default: {example}.</source>
        <translation>Remplissez le champ, ou donnez une valeur par défaut dans le modèle : {example}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="327"/>
        <source>A link in the message goes nowhere (an empty or “#” address)</source>
        <translation>Un lien du message ne mène nulle part (adresse vide ou « # »)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="329"/>
        <source>A link in the message is a placeholder, not an address</source>
        <translation>Un lien du message est un texte provisoire, pas une adresse</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="331"/>
        <source>A link in the message points to an address that does not exist</source>
        <translation>Un lien du message pointe vers une adresse qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="333"/>
        <source>A link in the message has no https:// (it works on a web page, not in a mail)</source>
        <translation>Un lien du message n’a pas de https:// (il marche sur une page web, pas dans un e-mail)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="335"/>
        <source>A link in the message is of a kind mail readers do not open</source>
        <translation>Un lien du message est d’un type que les logiciels de messagerie n’ouvrent pas</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="337"/>
        <source>A link in the message still points to example.com (a sample&apos;s placeholder?)</source>
        <translation>Un lien du message pointe encore vers example.com (reste d’un exemple ?)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="339"/>
        <source>The message has no List-Unsubscribe header</source>
        <translation>Le message n’a pas d’en-tête List-Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="341"/>
        <source>The unsubscribe link is not the one of the List-Unsubscribe header</source>
        <translation>Le lien de désinscription n’est pas celui de l’en-tête List-Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="343"/>
        <source>The text part has no unsubscribe link</source>
        <translation>La partie texte n’a pas de lien de désinscription</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="345"/>
        <source>{problem} (“{text}”): {href}</source>
        <translation>{problem} (« {text} ») : {href}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="347"/>
        <source>{problem}: {href}</source>
        <translation>{problem} : {href}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="349"/>
        <source>{problem} (“{text}”).</source>
        <translation>{problem} (« {text} »).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="351"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="353"/>
        <source>Fix the link in the template; the unsubscribe link is {tag}.</source>
        <translation>Corrigez le lien dans le modèle ; le lien de désinscription est {tag}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="355"/>
        <source>Nobody is left to send this campaign to.</source>
        <translation>Il ne reste personne à qui envoyer cette campagne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="357"/>
        <source>Check the lists and segments, and the suppression list.</source>
        <translation>Vérifiez les listes, les segments et la liste d’exclusion.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="359"/>
        <source>The campaign has no SMTP profile.</source>
        <translation>La campagne n’a pas de profil SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="361"/>
        <source>Choose a profile.</source>
        <translation>Choisissez un profil.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="363"/>
        <source>The profile &apos;{name}&apos; was never tested.</source>
        <translation>Le profil « {name} » n’a jamais été testé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="365"/>
        <source>Use Test connection ({command}) first.</source>
        <translation>Utilisez d’abord Tester la connexion ({command}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="367"/>
        <source>The profile&apos;s limits make this send take about {days} days {hours} hours.</source>
        <translation>Avec les limites du profil, cet envoi prendra environ {days} jours et {hours} heures.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="369"/>
        <source>Split the audience, or use a profile with higher limits.</source>
        <translation>Divisez l’audience, ou utilisez un profil aux limites plus élevées.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="371"/>
        <source>The From address {address} is on a free-mail domain: its DMARC policy makes receivers reject or bin mail sent through another server.</source>
        <translation>L’adresse From {address} est sur un domaine de messagerie gratuite : sa politique DMARC fait refuser ou jeter par les destinataires le courrier envoyé par un autre serveur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="373"/>
        <source>Send from an address on your own domain.</source>
        <translation>Envoyez depuis une adresse de votre propre domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="375"/>
        <source>Run Sender check on {domain} ({command}).</source>
        <translation>Lancez la vérification de l’expéditeur sur {domain} ({command}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="377"/>
        <source>The sending domain {domain} has never been checked (SPF, DKIM, DMARC...).</source>
        <translation>Le domaine d’envoi {domain} n’a jamais été vérifié (SPF, DKIM, DMARC…).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="379"/>
        <source>Sender check of {date}: {finding}</source>
        <translation>Vérification de l’expéditeur du {date} : {finding}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="381"/>
        <source>The last Sender check of {domain} is {days} days old.</source>
        <translation>La dernière vérification de l’expéditeur pour {domain} date de {days} jours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="383"/>
        <source>A DKIM key of {domain} cannot be used: {reason}</source>
        <translation>Une clé DKIM de {domain} est inutilisable : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="385"/>
        <source>Envoi holds no DKIM key for {domain}: the messages will not be signed, and many receivers then bin or refuse them.</source>
        <translation>Envoi n’a aucune clé DKIM pour {domain} : les messages ne seront pas signés, et beaucoup de destinataires les jettent ou les refusent alors.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="387"/>
        <source>Create one ({command}) and publish its record.</source>
        <translation>Créez-en une ({command}) et publiez son enregistrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="389"/>
        <source>The messages will be DKIM-signed for {domain} with {keys}.</source>
        <translation>Les messages seront signés DKIM pour {domain} avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="391"/>
        <source>The DKIM records could not be checked in DNS ({error}).</source>
        <translation>Les enregistrements DKIM n’ont pas pu être vérifiés dans le DNS ({error}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="393"/>
        <source>Run Sender check when the network is back.</source>
        <translation>Lancez la vérification de l’expéditeur quand le réseau sera revenu.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="395"/>
        <source>DKIM selector {selector}: {finding}</source>
        <translation>Sélecteur DKIM {selector} : {finding}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="397"/>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="399"/>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="401"/>
        <source>From name</source>
        <translation>nom d’expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="403"/>
        <source>From address</source>
        <translation>adresse d’expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="405"/>
        <source>Reply-To address</source>
        <translation>adresse de réponse (Reply-To)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="407"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="409"/>
        <source>address for returned mail</source>
        <translation>adresse des retours</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="411"/>
        <source>sender&apos;s {field}</source>
        <translation>{field} de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="413"/>
        <source>Write it on one line (commas separate the parts of an address).</source>
        <translation>Écrivez-le sur une seule ligne (des virgules séparent les parties d’une adresse).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="415"/>
        <source>template&apos;s name, subject or preheader</source>
        <translation>nom, objet ou pré-en-tête du modèle</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="417"/>
        <source>A name or subject holds &apos;--&gt;&apos;, which an .html template file cannot hold.</source>
        <translation>Un nom ou un objet contient « --&gt; », ce qu’un fichier de modèle .html ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="419"/>
        <source>Export it as .json to keep everything.</source>
        <translation>Exportez-le en .json pour tout garder.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="421"/>
        <source>The template runs too many loops or calls.</source>
        <translation>Le modèle exécute trop de boucles ou d’appels.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="423"/>
        <source>Look for a loop inside a loop, or a macro that calls itself.</source>
        <translation>Cherchez une boucle dans une boucle, ou une macro qui s’appelle elle-même.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="425"/>
        <source>The template takes too long to render.</source>
        <translation>Le rendu du modèle prend trop de temps.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="427"/>
        <source>The template builds a value that is too big for an e-mail.</source>
        <translation>Le modèle construit une valeur trop grande pour un e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="429"/>
        <source>Check repeated text (the * operator, padding widths, loops that add to a string).</source>
        <translation>Vérifiez le texte répété (l’opérateur *, les largeurs de remplissage, les boucles qui allongent une chaîne).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="431"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="433"/>
        <source>preheader</source>
        <translation>pré-en-tête</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="435"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="437"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="439"/>
        <source>The {part} template is nested too deeply to read.</source>
        <translation>Le modèle ({part}) est trop profondément imbriqué pour être lu.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="441"/>
        <source>Look for brackets or tags opened many times over.</source>
        <translation>Cherchez des crochets ou des balises ouverts de nombreuses fois.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="443"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="445"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="447"/>
        <source>The {part} template has an error at {where}: {problem}.</source>
        <translation>Le modèle ({part}) a une erreur à la {where} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="449"/>
        <source>Check the {tags} tags on that line: each must be closed.</source>
        <translation>Vérifiez les balises {tags} de cette ligne : chacune doit être fermée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="451"/>
        <source>The {part} template was stopped: {reason}</source>
        <translation>Le modèle ({part}) a été arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="453"/>
        <source>The {part} template tried to use something templates may not use.</source>
        <translation>Le modèle ({part}) a tenté d’utiliser quelque chose d’interdit aux modèles.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="455"/>
        <source>Templates can read contact, campaign and sender values only.</source>
        <translation>Les modèles ne peuvent lire que les valeurs du contact, de la campagne et de l’expéditeur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="457"/>
        <source>The {part} template was stopped: a macro calls itself too deeply.</source>
        <translation>Le modèle ({part}) a été arrêté : une macro s’appelle elle-même trop profondément.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="459"/>
        <source>Check that the macro stops calling itself at some point.</source>
        <translation>Vérifiez que la macro cesse de s’appeler elle-même à un moment.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="461"/>
        <source>The {part} template fails at line {line}: {problem}.</source>
        <translation>Le modèle ({part}) échoue à la ligne {line} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="463"/>
        <source>The {part} template fails: {problem}.</source>
        <translation>Le modèle ({part}) échoue : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="465"/>
        <source>Check the values and filters used on that line.</source>
        <translation>Vérifiez les valeurs et les filtres utilisés sur cette ligne.</translation>
    </message>
</context>
</TS>
