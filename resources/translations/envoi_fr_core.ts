<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <location filename="../../build/translations/core_texts.py" line="173"/>
        <source>Type it on one line.</source>
        <translation>Saisissez-le sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="175"/>
        <source>“{status}” is not a status.</source>
        <translation>« {status} » n’est pas un statut.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="177"/>
        <source>Use one of: {choices}.</source>
        <translation>Utilisez l’un de : {choices}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="179"/>
        <source>{email} is on the suppression list ({reason}).</source>
        <translation>{email} est sur la liste d’exclusion ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="181"/>
        <source>Envoi never adds a suppressed address back.</source>
        <translation>Envoi ne rajoute jamais une adresse exclue.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="183"/>
        <source>{email} is already a contact.</source>
        <translation>{email} est déjà un contact.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="185"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="187"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="189"/>
        <source>consent source</source>
        <translation>source du consentement</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="191"/>
        <source>consent method</source>
        <translation>mode de consentement</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="193"/>
        <source>There is no contact with the address {email}.</source>
        <translation>Aucun contact n’a l’adresse {email}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="195"/>
        <source>{email} is already another contact.</source>
        <translation>{email} est déjà un autre contact.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="197"/>
        <source>There is no list named “{name}”.</source>
        <translation>Il n’y a pas de liste nommée « {name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="199"/>
        <source>list name</source>
        <translation>nom de liste</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="201"/>
        <source>A list needs a name.</source>
        <translation>Une liste doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="203"/>
        <source>There is already a list named “{clean}”.</source>
        <translation>Il existe déjà une liste nommée « {clean} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="205"/>
        <source>“{field_type}” is not a field type.</source>
        <translation>« {field_type} » n’est pas un type de champ.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="207"/>
        <source>Use text, number, date or boolean.</source>
        <translation>Utilisez text, number, date ou boolean.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="209"/>
        <source>The field “{name}” already exists as {type}.</source>
        <translation>Le champ « {name} » existe déjà, de type {type}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="211"/>
        <source>The field “{key}”: {reason}</source>
        <translation>Le champ « {key} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="213"/>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="215"/>
        <source>It may have been deleted.</source>
        <translation>Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="217"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="219"/>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="221"/>
        <source>{email} is {current}; Envoi does not re-subscribe it.</source>
        <translation>{email} est dans l’état {current} ; Envoi ne le réabonne pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="223"/>
        <source>The person can subscribe again through your sign-up form.</source>
        <translation>La personne peut se réabonner par votre formulaire d’inscription.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="225"/>
        <source>“{domain}” is not a domain name.</source>
        <translation>« {domain} » n’est pas un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="227"/>
        <source>Type a domain such as example.com.</source>
        <translation>Saisissez un domaine comme example.com.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="229"/>
        <source>“{email}” is not a valid address: {exc}</source>
        <translation>« {email} » n’est pas une adresse valide : {exc}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="231"/>
        <source>This suppression entry no longer exists.</source>
        <translation>Cette entrée d’exclusion n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="233"/>
        <source>This address was suppressed because it {reason}; Envoi keeps it suppressed for good.</source>
        <translation>Cette adresse a été exclue ({reason}) ; Envoi la garde exclue pour de bon.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="235"/>
        <source>{target} on {zone}</source>
        <translation>{target} sur {zone}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="237"/>
        <source>{target} is not listed on {zone}.</source>
        <translation>{target} ne figure pas sur {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="239"/>
        <source>{zone} refused to answer for {target} ({codes}): not a listing. Lists like Spamhaus refuse questions that come through public DNS resolvers.</source>
        <translation>{zone} a refusé de répondre pour {target} ({codes}) : ce n’est pas une inscription. Des listes comme Spamhaus refusent les questions qui passent par des résolveurs DNS publics.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="241"/>
        <source>Run the check through your own DNS resolver, or look the address up on the list&apos;s web site.</source>
        <translation>Lancez la vérification avec votre propre résolveur DNS, ou cherchez l’adresse sur le site web de la liste.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="243"/>
        <source>{zone} gave an answer that is not a list code ({codes}); your DNS may rewrite unknown names.</source>
        <translation>{zone} a donné une réponse qui n’est pas un code de liste ({codes}) ; votre DNS réécrit peut-être les noms inconnus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="245"/>
        <source>Use a resolver that does not rewrite answers.</source>
        <translation>Utilisez un résolveur qui ne réécrit pas les réponses.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="247"/>
        <source> Reason given: {reason}</source>
        <translation> Raison donnée : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="249"/>
        <source>{target} is listed on {zone} ({items}).{reason}</source>
        <translation>{target} figure sur {zone} ({items}).{reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="251"/>
        <source>Find the cause (a compromised account, a bad list) and ask {zone} for delisting on its web site.</source>
        <translation>Trouvez la cause (un compte piraté, une mauvaise liste) et demandez le retrait à {zone} sur son site web.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="253"/>
        <source>No selector given, and no usual selector has a DKIM key at {domain}.</source>
        <translation>Aucun sélecteur indiqué, et aucun sélecteur habituel n’a de clé DKIM pour {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="255"/>
        <source>Give your selector (--selector), or generate a DKIM key in Envoi.</source>
        <translation>Indiquez votre sélecteur (--selector), ou générez une clé DKIM dans Envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="257"/>
        <source>the DKIM record</source>
        <translation>l’enregistrement DKIM</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="259"/>
        <source>There is no DKIM record for selector &apos;{selector}&apos; at {domain}, so messages cannot be DKIM-verified.</source>
        <translation>Il n’y a pas d’enregistrement DKIM pour le sélecteur « {selector} » de {domain} : la signature DKIM des messages ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="261"/>
        <source>The DKIM record at {name} is broken: {items}.</source>
        <translation>L’enregistrement DKIM de {name} est invalide : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="263"/>
        <source>Publish the record exactly as your key generator gave it.</source>
        <translation>Publiez l’enregistrement exactement tel que le générateur de clé l’a donné.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="265"/>
        <source>The DKIM key at {name} is revoked (empty p=).</source>
        <translation>La clé DKIM de {name} est révoquée (p= vide).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="267"/>
        <source>Sign with another selector whose key is published.</source>
        <translation>Signez avec un autre sélecteur dont la clé est publiée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="269"/>
        <source>The DKIM record at {name} is published and valid.</source>
        <translation>L’enregistrement DKIM de {name} est publié et valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="271"/>
        <source>The DKIM key is Ed25519.</source>
        <translation>La clé DKIM est de type Ed25519.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="273"/>
        <source>The DKIM key is RSA {key_bits} bits: receivers ignore keys under 1024.</source>
        <translation>La clé DKIM est RSA {key_bits} bits : les destinataires ignorent les clés de moins de 1024 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="275"/>
        <source>Generate a 2048-bit RSA key under a new selector.</source>
        <translation>Générez une clé RSA de 2048 bits sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="277"/>
        <source>The DKIM key is RSA {key_bits} bits; 2048 bits is today&apos;s norm.</source>
        <translation>La clé DKIM est RSA {key_bits} bits ; la norme actuelle est 2048 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="279"/>
        <source>The DKIM key is RSA {key_bits} bits.</source>
        <translation>La clé DKIM est RSA {key_bits} bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="281"/>
        <source>The DKIM record has t=y (testing): receivers may treat signatures as unsigned.</source>
        <translation>L’enregistrement DKIM porte t=y (test) : les destinataires peuvent traiter les messages signés comme non signés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="283"/>
        <source>Remove t=y from the record once signing works.</source>
        <translation>Retirez t=y de l’enregistrement dès que la signature fonctionne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="285"/>
        <source>the configured DKIM key</source>
        <translation>la clé DKIM configurée</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="287"/>
        <source>Envoi&apos;s DKIM private key is a published example key (from an RFC or a test suite): anyone can sign mail as your domain with it.</source>
        <translation>La clé privée DKIM d’Envoi est une clé d’exemple publiée (d’une RFC ou d’une suite de tests) : n’importe qui peut signer du courrier au nom de votre domaine avec elle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="289"/>
        <source>Generate a new DKIM key in Envoi and publish its record under a new selector.</source>
        <translation>Générez une nouvelle clé DKIM dans Envoi et publiez son enregistrement sous un nouveau sélecteur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="291"/>
        <source>The published key matches Envoi&apos;s private key.</source>
        <translation>La clé publiée correspond à la clé privée d’Envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="293"/>
        <source>The key published for selector &apos;{selector}&apos; does not match the private key Envoi signs with: every signature would fail.</source>
        <translation>La clé publiée pour le sélecteur « {selector} » ne correspond pas à la clé privée avec laquelle Envoi signe : chaque signature échouerait.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="295"/>
        <source>Replace the TXT record at {selector}._domainkey.{domain} with this one.</source>
        <translation>Remplacez l’enregistrement TXT de {selector}._domainkey.{domain} par celui-ci.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="297"/>
        <source>&apos;{selector}&apos; / &apos;{domain}&apos; is not a valid DKIM selector and domain.</source>
        <translation>« {selector} » / « {domain} » n’est pas un sélecteur et un domaine DKIM valides.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="299"/>
        <source>Use letters, digits and hyphens, e.g. selector &apos;envoi1&apos; and domain &apos;example.com&apos;.</source>
        <translation>Utilisez des lettres, des chiffres et des tirets, par exemple le sélecteur « envoi1 » et le domaine « example.com ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="301"/>
        <source>A DKIM key for selector &apos;{selector}&apos; of {domain} already exists.</source>
        <translation>Une clé DKIM existe déjà pour le sélecteur « {selector} » de {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="303"/>
        <source>Choose a new selector: rotating keys under a new selector avoids failed signatures while DNS updates.</source>
        <translation>Choisissez un nouveau sélecteur : changer de clé sous un nouveau sélecteur évite les signatures en échec pendant la mise à jour du DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="305"/>
        <source>The DKIM private key cannot be read.</source>
        <translation>La clé privée DKIM est illisible.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="307"/>
        <source>Use an RSA key in PEM form or an Ed25519 key (base64 of its 32-byte seed).</source>
        <translation>Utilisez une clé RSA au format PEM ou une clé Ed25519 (base64 de sa graine de 32 octets).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="309"/>
        <source>the DMARC record</source>
        <translation>l’enregistrement DMARC</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="311"/>
        <source>{domain} has no DMARC record; Gmail and Yahoo require one from bulk senders.</source>
        <translation>{domain} n’a pas d’enregistrement DMARC ; Gmail et Yahoo en exigent un des expéditeurs en nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="313"/>
        <source>Publish this TXT record at _dmarc.{value} (p=none only asks for reports; tighten it later).</source>
        <translation>Publiez cet enregistrement TXT sur _dmarc.{value} (p=none demande seulement des rapports ; durcissez-le plus tard).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="315"/>
        <source>_dmarc.{owner} has {count} DMARC records; receivers then ignore them all.</source>
        <translation>_dmarc.{owner} a {count} enregistrements DMARC ; les destinataires les ignorent alors tous.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="317"/>
        <source>Keep one record and delete the others.</source>
        <translation>Gardez un seul enregistrement et supprimez les autres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="319"/>
        <source>The DMARC record at {where} is invalid: {items}.</source>
        <translation>L’enregistrement DMARC de {where} est invalide : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="321"/>
        <source>Replace it with a valid record.</source>
        <translation>Remplacez-le par un enregistrement valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="323"/>
        <source>The DMARC record at {where} is valid.</source>
        <translation>L’enregistrement DMARC de {where} est valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="325"/>
        <source>The DMARC record could be better: {items}.</source>
        <translation>L’enregistrement DMARC pourrait être meilleur : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="327"/>
        <source>Adjust the record as noted.</source>
        <translation>Corrigez l’enregistrement comme indiqué.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="329"/>
        <source>The DMARC record asks for no aggregate reports (rua), so you will not see who sends as your domain.</source>
        <translation>L’enregistrement DMARC ne demande pas de rapports agrégés (rua) : vous ne verrez pas qui envoie au nom de votre domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="331"/>
        <source>Add rua=mailto:an address you read.</source>
        <translation>Ajoutez rua=mailto:une adresse que vous lisez.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="333"/>
        <source>Aggregate reports go to {tags}.</source>
        <translation>Les rapports agrégés vont à {tags}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="335"/>
        <source>, subdomains: {sp}</source>
        <translation>, sous-domaines : {sp}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="337"/>
        <source>The DMARC policy is {policy}{sp} but t=y (testing) asks receivers to apply one level less.</source>
        <translation>La politique DMARC est {policy}{sp}, mais t=y (test) demande aux destinataires d’appliquer un niveau de moins.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="339"/>
        <source>Remove t=y once reports look right.</source>
        <translation>Retirez t=y dès que les rapports sont bons.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="341"/>
        <source>The DMARC policy is none{sp}: enough for Gmail and Yahoo, but it does not protect your domain from spoofing.</source>
        <translation>La politique DMARC est none{sp} : cela suffit pour Gmail et Yahoo, mais ne protège pas votre domaine contre l’usurpation.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="343"/>
        <source>Once the reports show only your own senders, move to p=quarantine, then reject.</source>
        <translation>Quand les rapports ne montrent plus que vos propres expéditeurs, passez à p=quarantine, puis reject.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="345"/>
        <source>The DMARC policy is {policy}{sp}.</source>
        <translation>La politique DMARC est {policy}{sp}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="347"/>
        <source>From {domain} aligns with {detail}.</source>
        <translation>Le From {domain} est aligné avec {detail}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="349"/>
        <source>From {domain} aligns only one way: {detail}. DMARC passes while that one passes; a forwarder can break it.</source>
        <translation>Le From {domain} n’est aligné que d’une façon : {detail}. DMARC passe tant que celle-ci passe ; un transfert peut la casser.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="351"/>
        <source>Sign with d= your From domain and use a Return-Path under it.</source>
        <translation>Signez avec d= votre domaine From et utilisez un Return-Path sous ce domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="353"/>
        <source>From {domain} does not align: {detail}. DMARC fails even when SPF and DKIM pass.</source>
        <translation>Le From {domain} n’est pas aligné : {detail}. DMARC échoue même quand SPF et DKIM passent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="355"/>
        <source>Sign with DKIM d= your From domain (or relax adkim/aspf to r).</source>
        <translation>Signez en DKIM avec d= votre domaine From (ou assouplissez adkim/aspf à r).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="357"/>
        <source>The {role} domain {domain} does not exist in DNS.</source>
        <translation>Le domaine ({role}) {domain} n’existe pas dans le DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="359"/>
        <source>Check the spelling of {domain}, or register it.</source>
        <translation>Vérifiez l’orthographe de {domain}, ou enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="361"/>
        <source>The {role} domain {domain} publishes a null MX: it accepts no mail, so replies and bounces are lost and receivers may refuse your messages.</source>
        <translation>Le domaine ({role}) {domain} publie un MX nul : il n’accepte aucun courrier, donc les réponses et les retours sont perdus et les destinataires peuvent refuser vos messages.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="363"/>
        <source>Publish the MX of the mailbox provider that receives mail for {domain}.</source>
        <translation>Publiez le MX du fournisseur de messagerie qui reçoit le courrier de {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="365"/>
        <source>The {role} domain {domain} has no MX record; mail to it goes to its web address, which rarely accepts mail.</source>
        <translation>Le domaine ({role}) {domain} n’a pas d’enregistrement MX ; le courrier qui lui est adressé va à son adresse web, qui accepte rarement du courrier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="367"/>
        <source>Publish an MX record for {domain}.</source>
        <translation>Publiez un enregistrement MX pour {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="369"/>
        <source>The {role} domain {domain} has no MX record and no address: replies bounce.</source>
        <translation>Le domaine ({role}) {domain} n’a ni enregistrement MX ni adresse : les réponses reviennent en erreur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="371"/>
        <source>The {role} domain&apos;s first mail server {first} has no address.</source>
        <translation>Le premier serveur de messagerie du domaine ({role}), {first}, n’a pas d’adresse.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="373"/>
        <source>Correct the MX record to name a server that exists.</source>
        <translation>Corrigez l’enregistrement MX pour qu’il nomme un serveur qui existe.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="375"/>
        <source>the MX of {domain}</source>
        <translation>le MX de {domain}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="377"/>
        <source>The {role} domain {domain} receives mail ({hosts}).</source>
        <translation>Le domaine ({role}) {domain} reçoit du courrier ({hosts}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="379"/>
        <source>The SMTP server address {ip} has no reverse DNS (PTR) name; large mailbox providers refuse or junk mail from such addresses.</source>
        <translation>L’adresse du serveur SMTP {ip} n’a pas de nom DNS inverse (PTR) ; les grands fournisseurs de messagerie refusent ou classent en indésirables le courrier de ces adresses.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="381"/>
        <source>Ask the owner of {ip} (your host or ISP) to set its PTR to {host}.</source>
        <translation>Demandez au propriétaire de {ip} (votre hébergeur ou FAI) de régler son PTR sur {host}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="383"/>
        <source>the reverse DNS of {ip}</source>
        <translation>le DNS inverse de {ip}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="385"/>
        <source>{ip} has reverse DNS {name}, which resolves back to it.</source>
        <translation>{ip} a le DNS inverse {name}, qui pointe bien vers elle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="387"/>
        <source>{ip} has reverse DNS {items}, but that name does not resolve back to {ip}.</source>
        <translation>{ip} a le DNS inverse {items}, mais ce nom ne pointe pas vers {ip}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="389"/>
        <source>Give {names} an address record {ip}, or set the PTR to a name that has it.</source>
        <translation>Donnez à {names} un enregistrement d’adresse {ip}, ou réglez le PTR sur un nom qui l’a.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="391"/>
        <source>A {domain} From address sent through {host} is the provider&apos;s own use.</source>
        <translation>Une adresse From {domain} envoyée par {host} est l’usage propre du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="393"/>
        <source>A From address at {domain} sent through {value} fails DMARC: {domain} tells receivers to refuse or junk such mail.</source>
        <translation>Une adresse From chez {domain} envoyée par {value} échoue à DMARC : {domain} demande aux destinataires de refuser ce courrier ou de le classer en indésirables.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="395"/>
        <source>Send from an address at your own domain (and set Reply-To to the free-mail address if you like).</source>
        <translation>Envoyez depuis une adresse de votre propre domaine (et mettez l’adresse de messagerie gratuite en Reply-To si vous le souhaitez).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="397"/>
        <source>SPF is published and valid</source>
        <translation>SPF est publié et valide</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="399"/>
        <source>Fix the SPF checks above.</source>
        <translation>Corrigez les vérifications SPF ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="401"/>
        <source>Messages are DKIM-signed with a published key</source>
        <translation>Les messages sont signés DKIM avec une clé publiée</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="403"/>
        <source>Fix the DKIM checks above.</source>
        <translation>Corrigez les vérifications DKIM ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="405"/>
        <source>A DMARC record exists (p=none is enough)</source>
        <translation>Un enregistrement DMARC existe (p=none suffit)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="407"/>
        <source>Publish the DMARC record above.</source>
        <translation>Publiez l’enregistrement DMARC ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="409"/>
        <source>The From domain aligns with SPF or DKIM</source>
        <translation>Le domaine From est aligné avec SPF ou DKIM</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="411"/>
        <source>Sign with d= your From domain.</source>
        <translation>Signez avec d= votre domaine From.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="413"/>
        <source>Sending addresses have forward-confirmed reverse DNS</source>
        <translation>Les adresses d’envoi ont un DNS inverse confirmé dans les deux sens</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="415"/>
        <source>Set the PTR records above.</source>
        <translation>Définissez les enregistrements PTR ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="417"/>
        <source>The connection is encrypted (TLS)</source>
        <translation>La connexion est chiffrée (TLS)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="419"/>
        <source>Use the provider&apos;s TLS port.</source>
        <translation>Utilisez le port TLS du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="421"/>
        <source>{rule} ({who}): not checked without the SMTP server.</source>
        <translation>{rule} ({who}) : non vérifié sans le serveur SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="423"/>
        <source>Give the SMTP server (host or sending profile) and check again.</source>
        <translation>Indiquez le serveur SMTP (hôte ou profil d’envoi) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="425"/>
        <source>{rule} ({who}): could not check.</source>
        <translation>{rule} ({who}) : vérification impossible.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="427"/>
        <source>{rule} ({who}).</source>
        <translation>{rule} ({who}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="429"/>
        <source>{rule} ({who}): not met.</source>
        <translation>{rule} ({who}) : non respecté.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="431"/>
        <source>One-click unsubscribe (RFC 8058) in every campaign message (Gmail, Yahoo)</source>
        <translation>Désinscription en un clic (RFC 8058) dans chaque message de campagne (Gmail, Yahoo)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="433"/>
        <source>{unsubscribe}: checked per campaign in preflight.</source>
        <translation>{unsubscribe} : vérifié pour chaque campagne avant l’envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="435"/>
        <source>Keep the unsubscribe link in every template.</source>
        <translation>Gardez le lien de désinscription dans chaque modèle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="437"/>
        <source>{unsubscribe}.</source>
        <translation>{unsubscribe}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="439"/>
        <source>{unsubscribe}: missing.</source>
        <translation>{unsubscribe} : absent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="441"/>
        <source>Turn on List-Unsubscribe and List-Unsubscribe-Post in the campaign.</source>
        <translation>Activez List-Unsubscribe et List-Unsubscribe-Post dans la campagne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="443"/>
        <source>Spam complaint rate under 0.3% (better 0.1%) (Gmail, Yahoo): Envoi cannot see it.</source>
        <translation>Taux de plaintes pour spam sous 0,3 % (mieux : 0,1 %) (Gmail, Yahoo) : Envoi ne peut pas le voir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="445"/>
        <source>Watch it in Google Postmaster Tools and Yahoo&apos;s Complaint Feedback Loop.</source>
        <translation>Surveillez-le dans Google Postmaster Tools et la boucle de rétroaction (Complaint Feedback Loop) de Yahoo.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="447"/>
        <source>&apos;{text}&apos; is not a name server address.</source>
        <translation>« {text} » n’est pas une adresse de serveur DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="449"/>
        <source>Give an IP address, optionally with a port: 192.0.2.53 or 127.0.0.1:5353.</source>
        <translation>Indiquez une adresse IP, éventuellement avec un port : 192.0.2.53 ou 127.0.0.1:5353.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="451"/>
        <source>&apos;{whole}&apos; has no valid port.</source>
        <translation>« {whole} » n’a pas de port valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="453"/>
        <source>Use a port between 1 and 65535.</source>
        <translation>Utilisez un port entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="455"/>
        <source>This computer has no DNS server configured.</source>
        <translation>Cet ordinateur n’a aucun serveur DNS configuré.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="457"/>
        <source>Check the network connection, or choose a name server in the settings.</source>
        <translation>Vérifiez la connexion réseau, ou choisissez un serveur DNS dans les réglages.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="459"/>
        <source>The DNS server did not answer for {qname} within {timeout:g} s.</source>
        <translation>Le serveur DNS n’a pas répondu pour {qname} en {timeout:g} s.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="461"/>
        <source>Check the network connection or the name server setting.</source>
        <translation>Vérifiez la connexion réseau ou le réglage du serveur DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="463"/>
        <source>The DNS servers could not answer for {qname}.</source>
        <translation>Les serveurs DNS n’ont pas pu répondre pour {qname}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="465"/>
        <source>The domain&apos;s DNS may be broken (SERVFAIL), or the server refused the question.</source>
        <translation>Le DNS du domaine est peut-être en panne (SERVFAIL), ou le serveur a refusé la question.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="467"/>
        <source>The DNS question for {qname} failed.</source>
        <translation>La requête DNS pour {qname} a échoué.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="469"/>
        <source>The DNS server did not answer for {current}.</source>
        <translation>Le serveur DNS n’a pas répondu pour {current}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="471"/>
        <source>{qname} is a CNAME loop.</source>
        <translation>{qname} est une boucle de CNAME.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="473"/>
        <source>Could not check {what}: {why}</source>
        <translation>Impossible de vérifier {what} : {why}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="475"/>
        <source>Run the check again later.</source>
        <translation>Relancez la vérification plus tard.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="477"/>
        <source>No SMTP server was given: its connection, TLS and reverse DNS were not checked.</source>
        <translation>Aucun serveur SMTP indiqué : sa connexion, son TLS et son DNS inverse n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="479"/>
        <source>the address of {host}</source>
        <translation>l’adresse de {host}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="481"/>
        <source>Your network&apos;s DNS resolver is not answering correctly: it says that {names} do not exist, so what it says about {domain} cannot be trusted. Nothing was judged.</source>
        <translation>Le résolveur DNS de votre réseau ne répond pas correctement : il affirme que {names} n’existent pas, donc ce qu’il dit de {domain} n’est pas fiable. Rien n’a été jugé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="483"/>
        <source>Choose another DNS server (for example 1.1.1.1 or 9.9.9.9) in the Sender check, or run: envoi dns check DOMAIN --nameserver 1.1.1.1</source>
        <translation>Choisissez un autre serveur DNS (par exemple 1.1.1.1 ou 9.9.9.9) dans la vérification de l’expéditeur, ou lancez : envoi dns check DOMAINE --nameserver 1.1.1.1</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="485"/>
        <source>the {group} checks</source>
        <translation>les vérifications {group}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="487"/>
        <source>The SMTP host {host} has no address in DNS.</source>
        <translation>L’hôte SMTP {host} n’a pas d’adresse dans le DNS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="489"/>
        <source>Check the host name in the SMTP settings.</source>
        <translation>Vérifiez le nom d’hôte dans les réglages SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="491"/>
        <source>Envoi could not talk SMTP with {where} ({ip}): {exc}.</source>
        <translation>Envoi n’a pas pu dialoguer en SMTP avec {where} ({ip}) : {exc}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="493"/>
        <source>Check host, port and firewall; port 587 (STARTTLS) or 465 (TLS) are usual.</source>
        <translation>Vérifiez l’hôte, le port et le pare-feu ; les ports habituels sont 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="495"/>
        <source>{where} ({ip}) answers: {banner}</source>
        <translation>{where} ({ip}) répond : {banner}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="497"/>
        <source>{where} does not offer STARTTLS: passwords and messages would travel in clear.</source>
        <translation>{where} ne propose pas STARTTLS : les mots de passe et les messages circuleraient en clair.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="499"/>
        <source>Use the provider&apos;s TLS port (587 with STARTTLS, or 465).</source>
        <translation>Utilisez le port TLS du fournisseur (587 avec STARTTLS, ou 465).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="501"/>
        <source>{where} encrypts the session ({mode}).</source>
        <translation>{where} chiffre la session ({mode}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="503"/>
        <source>The certificate of {where} is not valid for {host}: {cert_problem}.</source>
        <translation>Le certificat de {where} n’est pas valide pour {host} : {cert_problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="505"/>
        <source>Use the host name that the provider&apos;s certificate names, or fix the server&apos;s certificate.</source>
        <translation>Utilisez le nom d’hôte que nomme le certificat du fournisseur, ou corrigez le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="507"/>
        <source>The certificate is valid for {host}.</source>
        <translation>Le certificat est valide pour {host}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="509"/>
        <source>TLS version {tls_version}.</source>
        <translation>Version de TLS : {tls_version}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="511"/>
        <source>The server negotiated {value}.</source>
        <translation>Le serveur a négocié {value}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="513"/>
        <source>Ask the provider for TLS 1.2 or newer.</source>
        <translation>Demandez au fournisseur TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="515"/>
        <source>{where} offers AUTH ({items}) before encryption.</source>
        <translation>{where} propose AUTH ({items}) avant le chiffrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="517"/>
        <source>Make sure Envoi only logs in after STARTTLS (it does).</source>
        <translation>Assurez-vous qu’Envoi ne s’identifie qu’après STARTTLS (c’est le cas).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="519"/>
        <source>Login methods: {items}.</source>
        <translation>Méthodes d’identification : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="521"/>
        <source>{where} offers no login (AUTH) method; it may accept mail only from known addresses.</source>
        <translation>{where} ne propose aucune méthode d’identification (AUTH) ; il n’accepte peut-être le courrier que d’adresses connues.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="523"/>
        <source>Check the provider&apos;s settings for the submission port and login.</source>
        <translation>Vérifiez les réglages du fournisseur pour le port de soumission et l’identification.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="525"/>
        <source>{label} is published at {name} (optional).</source>
        <translation>{label} est publié sur {name} (facultatif).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="527"/>
        <source>{label} is not published (optional, for information).</source>
        <translation>{label} n’est pas publié (facultatif, pour information).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="529"/>
        <source>the SPF record of {domain}</source>
        <translation>l’enregistrement SPF de {domain}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="531"/>
        <source>{domain} has no SPF record: receivers can&apos;t tell which servers may send for it.</source>
        <translation>{domain} n’a pas d’enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer pour lui.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="533"/>
        <source>Publish this TXT record at {domain}.</source>
        <translation>Publiez cet enregistrement TXT sur {domain}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="535"/>
        <source>{domain} has {count} SPF records; receivers then ignore SPF (permerror).</source>
        <translation>{domain} a {count} enregistrements SPF ; les destinataires ignorent alors SPF (permerror).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="537"/>
        <source>Merge them into one TXT record starting with v=spf1 and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement TXT commençant par v=spf1 et supprimez les autres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="539"/>
        <source>{domain} has one SPF record.</source>
        <translation>{domain} a un seul enregistrement SPF.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="541"/>
        <source>Correct the record; receivers treat it as broken (permerror).</source>
        <translation>Corrigez l’enregistrement ; les destinataires le traitent comme invalide (permerror).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="543"/>
        <source>The SPF record&apos;s syntax is valid.</source>
        <translation>La syntaxe de l’enregistrement SPF est valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="545"/>
        <source>The SPF record ends with +all: every server in the world may send as you.</source>
        <translation>L’enregistrement SPF se termine par +all : n’importe quel serveur au monde peut envoyer en votre nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="547"/>
        <source>End the record with ~all (or -all once all your senders are listed).</source>
        <translation>Terminez l’enregistrement par ~all (ou -all quand tous vos expéditeurs y figurent).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="549"/>
        <source>The SPF record ends with ?all (neutral): it protects nothing.</source>
        <translation>L’enregistrement SPF se termine par ?all (neutre) : il ne protège rien.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="551"/>
        <source>End the record with ~all or -all.</source>
        <translation>Terminez l’enregistrement par ~all ou -all.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="553"/>
        <source>The SPF record has no &apos;all&apos; term, so other servers get a neutral result.</source>
        <translation>L’enregistrement SPF n’a pas de terme « all » : les autres serveurs obtiennent un résultat neutre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="555"/>
        <source>The SPF record ends with a strict &apos;all&apos; term.</source>
        <translation>L’enregistrement SPF se termine par un terme « all » strict.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="557"/>
        <source>The SPF record uses &apos;ptr&apos;, which RFC 7208 deprecates; many receivers skip it.</source>
        <translation>L’enregistrement SPF utilise « ptr », que la RFC 7208 déconseille ; beaucoup de destinataires l’ignorent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="559"/>
        <source>Replace ptr with ip4:/ip6: or a: terms.</source>
        <translation>Remplacez ptr par des termes ip4:/ip6: ou a:.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="561"/>
        <source>The SPF record is {size} bytes; answers over 512 bytes may be dropped over UDP.</source>
        <translation>L’enregistrement SPF fait {size} octets ; les réponses de plus de 512 octets peuvent se perdre en UDP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="563"/>
        <source>Shorten it: merge ip4 ranges or use fewer includes.</source>
        <translation>Raccourcissez-le : fusionnez des plages ip4 ou utilisez moins d’include.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="565"/>
        <source>The SPF record is {size} bytes.</source>
        <translation>L’enregistrement SPF fait {size} octets.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="567"/>
        <source>The SPF record does not include {label}&apos;s servers ({include}).</source>
        <translation>L’enregistrement SPF n’inclut pas les serveurs de {label} ({include}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="569"/>
        <source>Add include:{include} before the &apos;all&apos; term.</source>
        <translation>Ajoutez include:{include} avant le terme « all ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="571"/>
        <source>every SPF include</source>
        <translation>chaque include SPF</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="573"/>
        <source>The SPF record needs {lookups} DNS lookups over all its includes; the limit is {MAX_LOOKUPS}, so some receivers answer permerror.</source>
        <translation>L’enregistrement SPF demande {lookups} requêtes DNS pour tous ses include ; la limite est de {MAX_LOOKUPS}, donc certains destinataires répondent permerror.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="575"/>
        <source>Remove includes you no longer use, or replace some by ip4:/ip6: ranges.</source>
        <translation>Retirez les include que vous n’utilisez plus, ou remplacez-en par des plages ip4:/ip6:.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="577"/>
        <source> ({count} terms with macros not followed)</source>
        <translation> ({count} termes avec macros non suivis)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="579"/>
        <source>The SPF record needs {lookups} of at most {MAX_LOOKUPS} DNS lookups{note}.</source>
        <translation>L’enregistrement SPF demande {lookups} requêtes DNS sur {MAX_LOOKUPS} au plus{note}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="581"/>
        <source>{void} SPF lookups find nothing (limit {MAX_VOID}): a permerror.</source>
        <translation>{void} requêtes SPF ne trouvent rien (limite {MAX_VOID}) : c’est un permerror.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="583"/>
        <source>Remove the terms that point to names without records.</source>
        <translation>Retirez les termes qui pointent vers des noms sans enregistrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="585"/>
        <source>{void} SPF lookup(s) find nothing (limit {MAX_VOID}).</source>
        <translation>{void} requête(s) SPF ne trouve(nt) rien (limite {MAX_VOID}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="587"/>
        <source>No SPF lookup comes back empty.</source>
        <translation>Aucune requête SPF ne revient vide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="589"/>
        <source>Fix or remove the includes named.</source>
        <translation>Corrigez ou retirez les include nommés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="591"/>
        <source>SPF for {ip}</source>
        <translation>SPF pour {ip}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="593"/>
        <source>Authorise the server in the SPF record, e.g. with ip{value}:{ip} or your provider&apos;s include.</source>
        <translation>Autorisez le serveur dans l’enregistrement SPF, par exemple avec ip{value}:{ip} ou l’include de votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="595"/>
        <source>The {what} contains a line break, which an e-mail header cannot hold.</source>
        <translation>Le champ « {what} » contient un saut de ligne, ce qu’un en-tête d’e-mail ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="597"/>
        <source>Write it on one line (check the imported data or the template).</source>
        <translation>Écrivez-le sur une seule ligne (vérifiez les données importées ou le modèle).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="599"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Le champ « {what} » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="601"/>
        <source>Shorten it.</source>
        <translation>Raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="603"/>
        <source>The DKIM domain or selector is not valid.</source>
        <translation>Le domaine ou le sélecteur DKIM n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="605"/>
        <source>Give the PEM file your DNS provider or key tool produced.</source>
        <translation>Donnez le fichier PEM produit par votre fournisseur DNS ou votre outil de clés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="607"/>
        <source>The DKIM key has {key_size} bits; receivers ignore keys under 1024.</source>
        <translation>La clé DKIM fait {key_size} bits ; les destinataires ignorent les clés de moins de 1024 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="609"/>
        <source>Create a 2048-bit key.</source>
        <translation>Créez une clé de 2048 bits.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="611"/>
        <source>DKIM keys are RSA or Ed25519.</source>
        <translation>Les clés DKIM sont RSA ou Ed25519.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="613"/>
        <source>This DKIM key is a published test key: anyone can sign with it.</source>
        <translation>Cette clé DKIM est une clé de test publiée : n’importe qui peut signer avec elle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="615"/>
        <source>Create your own key (Envoi&apos;s DNS check shows the record to publish).</source>
        <translation>Créez votre propre clé (la vérification DNS d’Envoi montre l’enregistrement à publier).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="617"/>
        <source>The image {name} is not in the template&apos;s folder.</source>
        <translation>L’image {name} n’est pas dans le dossier du modèle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="619"/>
        <source>Put the image beside the template, or link it with an https address.</source>
        <translation>Mettez l’image à côté du modèle, ou liez-la avec une adresse https.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="621"/>
        <source>{name} is not an image.</source>
        <translation>{name} n’est pas une image.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="623"/>
        <source>The {name} header is too long for an e-mail.</source>
        <translation>L’en-tête {name} est trop long pour un e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="625"/>
        <source>Shorten the value (links in headers, custom headers).</source>
        <translation>Raccourcissez la valeur (liens dans les en-têtes, en-têtes personnalisés).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="627"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>« {email} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="629"/>
        <source>“{domain}” is not a valid international domain name.</source>
        <translation>« {domain} » n’est pas un nom de domaine international valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="631"/>
        <source>Check the spelling of the address.</source>
        <translation>Vérifiez l’orthographe de l’adresse.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="633"/>
        <source>“{name}” is not a valid header name.</source>
        <translation>« {name} » n’est pas un nom d’en-tête valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="635"/>
        <source>Use letters, digits, -.</source>
        <translation>Utilisez des lettres, des chiffres et -.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="637"/>
        <source>The {name} header is set by Envoi and cannot be given as a custom header.</source>
        <translation>L’en-tête {name} est fixé par Envoi et ne peut pas être un en-tête personnalisé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="639"/>
        <source>Remove it from the custom headers.</source>
        <translation>Retirez-le des en-têtes personnalisés.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="641"/>
        <source>“{url}” is not an HTTPS address.</source>
        <translation>« {url} » n’est pas une adresse HTTPS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="643"/>
        <source>Give the https:// address of your unsubscribe page, or leave it empty to use an unsubscribe mail to the bounce mailbox.</source>
        <translation>Indiquez l’adresse https:// de votre page de désinscription, ou laissez vide pour utiliser un e-mail de désinscription vers la boîte des retours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="645"/>
        <source>The unsubscribe link has spaces or non-ASCII characters.</source>
        <translation>Le lien de désinscription contient des espaces ou des caractères non ASCII.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="647"/>
        <source>Percent-encode the link (a template filter such as urlencode does it).</source>
        <translation>Encodez le lien en pourcentage (un filtre de modèle comme urlencode le fait).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="649"/>
        <source>“{content_type}” is not a MIME type.</source>
        <translation>« {content_type} » n’est pas un type MIME.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="651"/>
        <source>“{url}” is not a relay address.</source>
        <translation>« {url} » n’est pas une adresse de relais.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="653"/>
        <source>Give its https address, e.g. https://relay.example.com (http only on this machine).</source>
        <translation>Indiquez son adresse https, par exemple https://relay.example.com (http seulement sur cette machine).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="655"/>
        <source>“{url}” has a query or fragment; give the relay&apos;s base address.</source>
        <translation>« {url} » contient une requête ou un fragment ; indiquez l’adresse de base du relais.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="657"/>
        <source>Envoi is not connected to a relay.</source>
        <translation>Envoi n’est connecté à aucun relais.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="659"/>
        <source>Run `envoi relay connect https://relay.example.com --token-stdin`.</source>
        <translation>Lancez `envoi relay connect https://relay.example.com --token-stdin`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="661"/>
        <source>The relay&apos;s token is not on this computer.</source>
        <translation>Le jeton du relais n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="665"/>
        <source>The segment uses the field “{name}”, which does not exist.</source>
        <translation>Le segment utilise le champ « {name} », qui n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="667"/>
        <source>Pick one of the contact fields, or create the custom field first.</source>
        <translation>Choisissez l’un des champs du contact, ou créez d’abord le champ personnalisé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="669"/>
        <source>The custom field “{name}” has an unknown type “{kind}”.</source>
        <translation>Le champ personnalisé « {name} » a un type inconnu « {kind} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="671"/>
        <source>The segment uses the field “{field}”, which does not exist.</source>
        <translation>Le segment utilise le champ « {field} », qui n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="673"/>
        <source>Fields: {items}, or custom:&lt;name&gt; for a custom field.</source>
        <translation>Champs : {items}, ou custom:&lt;nom&gt; pour un champ personnalisé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="675"/>
        <source>The condition on “{field}” needs a value.</source>
        <translation>La condition sur « {field} » demande une valeur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="677"/>
        <source>Type a value or pick another test.</source>
        <translation>Saisissez une valeur ou choisissez un autre test.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="679"/>
        <source>“{value}” is not a valid value for “{field}”.</source>
        <translation>« {value} » n’est pas une valeur valide pour « {field} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="681"/>
        <source>“{value}” is not a number of days.</source>
        <translation>« {value} » n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="683"/>
        <source>Type a whole number, such as 30.</source>
        <translation>Saisissez un nombre entier, comme 30.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="685"/>
        <source>{days} is not a sensible number of days.</source>
        <translation>{days} n’est pas un nombre de jours raisonnable.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="687"/>
        <source>Write dates as 2024-03-31.</source>
        <translation>Écrivez les dates sous la forme 2024-03-31.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="689"/>
        <source>“{field}” holds numbers: type 50 or 12.5.</source>
        <translation>« {field} » contient des nombres : saisissez 50 ou 12.5.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="691"/>
        <source>“{value}” is not a contact status.</source>
        <translation>« {value} » n’est pas un statut de contact.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="693"/>
        <source>Statuses: {items}.</source>
        <translation>Statuts : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="695"/>
        <source>The segment has too many nested groups.</source>
        <translation>Le segment a trop de groupes imbriqués.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="697"/>
        <source>Flatten the groups.</source>
        <translation>Aplatissez les groupes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="699"/>
        <source>“{match}” is not a way to combine conditions.</source>
        <translation>« {match} » n’est pas une façon de combiner des conditions.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="701"/>
        <source>“{op}” cannot be used with the field “{field}”.</source>
        <translation>« {op} » ne peut pas s’utiliser avec le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="703"/>
        <source>For this field use one of: {items}.</source>
        <translation>Pour ce champ, utilisez l’un de : {items}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="705"/>
        <source>The segment rules are not in the expected form.</source>
        <translation>Les règles du segment n’ont pas la forme attendue.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="707"/>
        <source>Each rule is {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}}; each group is {{&quot;match&quot;, &quot;children&quot;}}.</source>
        <translation>Chaque règle est {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}} ; chaque groupe est {{&quot;match&quot;, &quot;children&quot;}}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="709"/>
        <source>A group of conditions is not in the expected form.</source>
        <translation>Un groupe de conditions n’a pas la forme attendue.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="711"/>
        <source>Use {{&quot;match&quot;: &quot;all&quot; or &quot;any&quot;, &quot;children&quot;: [...]}}.</source>
        <translation>Utilisez {{&quot;match&quot;: &quot;all&quot; ou &quot;any&quot;, &quot;children&quot;: [...]}}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="713"/>
        <source>A condition is missing its field or its operator.</source>
        <translation>Il manque à une condition son champ ou son opérateur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="715"/>
        <source>The value of the condition on “{field}” is not text or a number.</source>
        <translation>La valeur de la condition sur « {field} » n’est ni du texte ni un nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="717"/>
        <source>The rule “{text}” cannot be read.</source>
        <translation>La règle « {text} » est illisible.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="719"/>
        <source>Close the quotes.</source>
        <translation>Fermez les guillemets.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="721"/>
        <source>The rule “{text}” needs a field and an operator.</source>
        <translation>La règle « {text} » demande un champ et un opérateur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="723"/>
        <source>Write it as &apos;field operator value&apos;, e.g. &apos;status equals subscribed&apos;.</source>
        <translation>Écrivez-la sous la forme « champ opérateur valeur », par exemple « status equals subscribed ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="725"/>
        <source>A segment named “{clean}” already exists.</source>
        <translation>Un segment nommé « {clean} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="729"/>
        <source>There is no segment “{name_or_id}”.</source>
        <translation>Il n’y a pas de segment « {name_or_id} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="731"/>
        <source>List the segments to see their names.</source>
        <translation>Affichez la liste des segments pour voir leurs noms.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="733"/>
        <source>A segment needs a name.</source>
        <translation>Un segment doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="735"/>
        <source>Type a name such as “French VIPs”.</source>
        <translation>Saisissez un nom comme « VIP France ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="737"/>
        <source>The segment name is too long.</source>
        <translation>Le nom du segment est trop long.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="739"/>
        <source>Keep it under 200 characters.</source>
        <translation>Gardez-le sous 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="741"/>
        <source>There is no campaign {campaign_id}.</source>
        <translation>Il n’y a pas de campagne {campaign_id}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="743"/>
        <source>The campaign is {status}; it cannot be sent now.</source>
        <translation>La campagne est dans l’état {status} ; elle ne peut pas être envoyée maintenant.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="745"/>
        <source>There is no list named &apos;{missing}&apos;.</source>
        <translation>Il n’y a pas de liste nommée « {missing} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="747"/>
        <source>See `envoi lists list`.</source>
        <translation>Voir `envoi lists list`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="749"/>
        <source>&apos;{from_email}&apos; is not an email address.</source>
        <translation>« {from_email} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="751"/>
        <source>Type the From address in full.</source>
        <translation>Saisissez l’adresse From en entier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="753"/>
        <source>The campaign needs a name.</source>
        <translation>La campagne doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="755"/>
        <source>The campaign has no audience.</source>
        <translation>La campagne n’a pas d’audience.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="757"/>
        <source>Choose at least one list or segment.</source>
        <translation>Choisissez au moins une liste ou un segment.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="759"/>
        <source>A campaign named &apos;{name}&apos; already exists.</source>
        <translation>Une campagne nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="727"/>
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="49"/>
        <source>The connection to the bounce mailbox {host} was lost while waiting for new mail.</source>
        <translation>La connexion à la boîte des retours {host} a été perdue pendant l’attente de nouveaux messages.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="51"/>
        <source>Envoi will connect again at the next check.</source>
        <translation>Envoi se reconnectera à la prochaine vérification.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="53"/>
        <source>“{security}” is not a mailbox security setting.</source>
        <translation>« {security} » n’est pas un réglage de sécurité de boîte aux lettres.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="55"/>
        <source>Use tls, starttls or none.</source>
        <translation>Utilisez tls, starttls ou none.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="57"/>
        <source>The bounce mailbox needs a server name and a user name.</source>
        <translation>La boîte des retours demande un nom de serveur et un nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="59"/>
        <source>Fill in both in the bounce mailbox settings.</source>
        <translation>Remplissez les deux dans les réglages de la boîte des retours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="61"/>
        <source>The connection to the bounce mailbox {host} was lost.</source>
        <translation>La connexion à la boîte des retours {host} a été perdue.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="63"/>
        <source>Envoi will try again at the next check; messages already read were saved and the others are still in the mailbox.</source>
        <translation>Envoi réessaiera à la prochaine vérification ; les messages déjà lus ont été enregistrés et les autres sont toujours dans la boîte.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="65"/>
        <source>Envoi cannot connect to the bounce mailbox {host}:{port}.</source>
        <translation>Envoi ne peut pas se connecter à la boîte des retours {host}:{port}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="67"/>
        <source>Check the server name, port and security setting, and your network.</source>
        <translation>Vérifiez le nom du serveur, le port, le réglage de sécurité et votre réseau.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="69"/>
        <source>The bounce mailbox {host} refused the user name or password.</source>
        <translation>La boîte des retours {host} a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="71"/>
        <source>Check the user name and enter the password again in the bounce mailbox settings.</source>
        <translation>Vérifiez le nom d’utilisateur et saisissez à nouveau le mot de passe dans les réglages de la boîte des retours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="73"/>
        <source>The bounce mailbox {host} answered with an error.</source>
        <translation>La boîte des retours {host} a répondu par une erreur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="75"/>
        <source>Check that the folder “{folder}” exists and that the account may create folders.</source>
        <translation>Vérifiez que le dossier « {folder} » existe et que le compte peut créer des dossiers.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="77"/>
        <source>The number of soft bounces before suppression must be at least 1.</source>
        <translation>Le nombre de retours temporaires avant exclusion doit valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="79"/>
        <source>Set it to 1 to suppress on the first soft bounce.</source>
        <translation>Mettez 1 pour exclure dès le premier retour temporaire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="81"/>
        <source>The soft-bounce window must be at least one day.</source>
        <translation>La fenêtre des retours temporaires doit durer au moins un jour.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="83"/>
        <source>Use a number of days &gt;= 1.</source>
        <translation>Utilisez un nombre de jours &gt;= 1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="85"/>
        <source>This returned message is no longer stored.</source>
        <translation>Ce message retourné n’est plus conservé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="87"/>
        <source>Refresh the list.</source>
        <translation>Actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="89"/>
        <source>No contact has the address {value}.</source>
        <translation>Aucun contact n’a l’adresse {value}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="91"/>
        <source>Type the address of an existing contact.</source>
        <translation>Saisissez l’adresse d’un contact existant.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="93"/>
        <source>Envoi did not find a failed recipient in this message.</source>
        <translation>Envoi n’a pas trouvé de destinataire en échec dans ce message.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="95"/>
        <source>Ignore it, or open it to read what it says.</source>
        <translation>Ignorez-le, ou ouvrez-le pour lire ce qu’il dit.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="97"/>
        <source>This returned message was already reviewed.</source>
        <translation>Ce message retourné a déjà été examiné.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="99"/>
        <source>There is no list called “{list_name}”.</source>
        <translation>Il n’y a pas de liste appelée « {list_name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="101"/>
        <source>Check its name.</source>
        <translation>Vérifiez son nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="103"/>
        <source>Envoi cannot write {name}.</source>
        <translation>Envoi ne peut pas écrire {name}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="105"/>
        <source>Check that the folder exists, that you may write to it and that the disk has room.</source>
        <translation>Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque a de la place.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="107"/>
        <source>“{label}” cannot be used as a field name.</source>
        <translation>« {label} » ne peut pas servir de nom de champ.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="109"/>
        <source>Use letters, digits and spaces.</source>
        <translation>Utilisez des lettres, des chiffres et des espaces.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="111"/>
        <source>A yes/no value is not a number.</source>
        <translation>Une valeur oui/non n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="113"/>
        <source>“{value}” is not a number.</source>
        <translation>« {value} » n’est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="115"/>
        <source>“{value}” is not a date.</source>
        <translation>« {value} » n’est pas une date.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="117"/>
        <source>Write dates as 2024-03-31 or 31/03/2024.</source>
        <translation>Écrivez les dates sous la forme 2024-03-31 ou 31/03/2024.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="119"/>
        <source>“{value}” is not yes or no.</source>
        <translation>« {value} » n’est ni oui ni non.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="121"/>
        <source>Unknown field type “{field_type}”.</source>
        <translation>Type de champ inconnu « {field_type} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="137"/>
        <source>the file ends in the middle of this row (cut short?)</source>
        <translation>le fichier s’arrête au milieu de cette ligne (tronqué ?)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="139"/>
        <source>No column looks like an email address; choose one in the mapping.</source>
        <translation>Aucune colonne ne ressemble à une adresse e-mail ; choisissez-en une dans la correspondance.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="141"/>
        <source>In the preview, set the column that holds the addresses to “Email” (on the command line: --map &apos;COLUMN=email&apos;).</source>
        <translation>Dans l’aperçu, réglez la colonne qui contient les adresses sur « Email » (en ligne de commande : --map &apos;COLONNE=email&apos;).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="145"/>
        <source>Choose the column that holds the email addresses, or export the file again with the addresses (LinkedIn leaves them out unless people share them). Nothing was imported.</source>
        <translation>Choisissez la colonne qui contient les adresses e-mail, ou exportez à nouveau le fichier avec les adresses (LinkedIn les omet sauf si les personnes les partagent). Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="167"/>
        <source>Contacts cannot be filtered by segment here.</source>
        <translation>Les contacts ne peuvent pas être filtrés par segment ici.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="169"/>
        <source>Contacts cannot be sorted by “{sort}”.</source>
        <translation>Les contacts ne peuvent pas être triés par « {sort} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="761"/>
        <source>There is no campaign &apos;{name_or_id}&apos;.</source>
        <translation>Il n’y a pas de campagne « {name_or_id} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="47"/>
        <source>See `envoi campaigns list`.</source>
        <translation>Voir `envoi campaigns list`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="5"/>
        <source>&apos;{text}&apos; is not a wait.</source>
        <translation>« {text} » n’est pas une durée d’attente.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="7"/>
        <source>Write e.g. 4h, 90m or 2d.</source>
        <translation>Écrivez par exemple 4h, 90m ou 2d.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="9"/>
        <source>An A/B test named &apos;{name}&apos; already exists.</source>
        <translation>Un test A/B nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="11"/>
        <source>The campaign &apos;{name}&apos; is {status}: an A/B test needs a campaign not yet sent.</source>
        <translation>La campagne « {name} » est dans l’état {status} : un test A/B demande une campagne pas encore envoyée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="13"/>
        <source>Create a new campaign for the test.</source>
        <translation>Créez une nouvelle campagne pour le test.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="15"/>
        <source>The A/B test needs a name.</source>
        <translation>Le test A/B doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="17"/>
        <source>An A/B test has 2 to 5 variants.</source>
        <translation>Un test A/B a de 2 à 5 variantes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="19"/>
        <source>The test share is between 1% and 100%.</source>
        <translation>La part de test est comprise entre 1 % et 100 %.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="21"/>
        <source>&apos;{metric}&apos; cannot decide a test.</source>
        <translation>« {metric} » ne peut pas départager un test.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="23"/>
        <source>Use clicks or opens.</source>
        <translation>Utilisez clicks ou opens.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="25"/>
        <source>The variant sent when nothing wins is not one of them.</source>
        <translation>La variante envoyée quand rien ne gagne n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="27"/>
        <source>A variant cannot change &apos;{value}&apos;.</source>
        <translation>Une variante ne peut pas changer « {value} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="29"/>
        <source>A variant changes subject, from_name, template or send_at (the preheader is the template&apos;s: make a template per preheader).</source>
        <translation>Une variante change subject, from_name, template ou send_at (le pré-en-tête est celui du modèle : faites un modèle par pré-en-tête).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="31"/>
        <source>There is no A/B test &apos;{name}&apos;.</source>
        <translation>Il n’y a pas de test A/B « {name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="33"/>
        <source>See `envoi abtests list`.</source>
        <translation>Voir `envoi abtests list`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="35"/>
        <source>The campaign &apos;{name}&apos; has no measured {metric} rate.</source>
        <translation>La campagne « {name} » n’a pas de taux {metric} mesuré.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="37"/>
        <source>Choose a campaign sent with the relay&apos;s tracking, or type --baseline.</source>
        <translation>Choisissez une campagne envoyée avec le suivi du relais, ou indiquez --baseline.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="39"/>
        <source>Variant {unsent} of the A/B test &apos;{name}&apos; has not been sent yet.</source>
        <translation>La variante {unsent} du test A/B « {name} » n’a pas encore été envoyée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="41"/>
        <source>Send the variants first (`envoi campaigns send-due`).</source>
        <translation>Envoyez d’abord les variantes (`envoi campaigns send-due`).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="43"/>
        <source>The A/B test&apos;s campaign was deleted.</source>
        <translation>La campagne du test A/B a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="45"/>
        <source>There is no campaign &apos;{ref}&apos;.</source>
        <translation>Il n’y a pas de campagne « {ref} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="663"/>
        <source>Connect again (`envoi relay connect {url} --token-stdin`), or set {variable} for unattended syncs.</source>
        <translation>Connectez-vous à nouveau (`envoi relay connect {url} --token-stdin`), ou définissez {variable} pour les synchronisations automatiques.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="763"/>
        <source>The campaign is already {status}.</source>
        <translation>La campagne est déjà dans l’état {status}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="765"/>
        <source>The message has no way to unsubscribe.</source>
        <translation>Le message n’offre aucun moyen de se désinscrire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="767"/>
        <source>Add an unsubscribe sentence or link: providers and the law expect one.</source>
        <translation>Ajoutez une phrase ou un lien de désinscription : les fournisseurs et la loi l’exigent.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="769"/>
        <source>The subject is empty.</source>
        <translation>L’objet est vide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="771"/>
        <source>{n} of the first {total} recipients have no value for &apos;{name}&apos;.</source>
        <translation>{n} des {total} premiers destinataires n’ont pas de valeur pour « {name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="773"/>
        <source>Fill the field, or give the template a default: {example}.</source>
        <translation>Remplissez le champ, ou donnez une valeur par défaut dans le modèle : {example}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="775"/>
        <source>A link in the message goes nowhere (an empty or “#” address)</source>
        <translation>Un lien du message ne mène nulle part (adresse vide ou « # »)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="777"/>
        <source>A link in the message is a placeholder, not an address</source>
        <translation>Un lien du message est un texte provisoire, pas une adresse</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="779"/>
        <source>A link in the message points to an address that does not exist</source>
        <translation>Un lien du message pointe vers une adresse qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="781"/>
        <source>A link in the message has no https:// (it works on a web page, not in a mail)</source>
        <translation>Un lien du message n’a pas de https:// (il marche sur une page web, pas dans un e-mail)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="783"/>
        <source>A link in the message is of a kind mail readers do not open</source>
        <translation>Un lien du message est d’un type que les logiciels de messagerie n’ouvrent pas</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="785"/>
        <source>A link in the message still points to example.com (a sample&apos;s placeholder?)</source>
        <translation>Un lien du message pointe encore vers example.com (reste d’un exemple ?)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="787"/>
        <source>The message has no List-Unsubscribe header</source>
        <translation>Le message n’a pas d’en-tête List-Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="789"/>
        <source>The unsubscribe link is not the one of the List-Unsubscribe header</source>
        <translation>Le lien de désinscription n’est pas celui de l’en-tête List-Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="791"/>
        <source>The text part has no unsubscribe link</source>
        <translation>La partie texte n’a pas de lien de désinscription</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="793"/>
        <source>{problem} (“{text}”): {href}</source>
        <translation>{problem} (« {text} ») : {href}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="795"/>
        <source>{problem}: {href}</source>
        <translation>{problem} : {href}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="797"/>
        <source>{problem} (“{text}”).</source>
        <translation>{problem} (« {text} »).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="799"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="801"/>
        <source>Fix the link in the template; the unsubscribe link is {tag}.</source>
        <translation>Corrigez le lien dans le modèle ; le lien de désinscription est {tag}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="803"/>
        <source>Nobody is left to send this campaign to.</source>
        <translation>Il ne reste personne à qui envoyer cette campagne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="805"/>
        <source>Check the lists and segments, and the suppression list.</source>
        <translation>Vérifiez les listes, les segments et la liste d’exclusion.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="807"/>
        <source>The campaign has no SMTP profile.</source>
        <translation>La campagne n’a pas de profil SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="809"/>
        <source>Choose a profile.</source>
        <translation>Choisissez un profil.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="811"/>
        <source>The profile &apos;{name}&apos; was never tested.</source>
        <translation>Le profil « {name} » n’a jamais été testé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="813"/>
        <source>Use Test connection ({command}) first.</source>
        <translation>Utilisez d’abord Tester la connexion ({command}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="815"/>
        <source>The profile&apos;s limits make this send take about {days} days {hours} hours.</source>
        <translation>Avec les limites du profil, cet envoi prendra environ {days} jours et {hours} heures.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="817"/>
        <source>Split the audience, or use a profile with higher limits.</source>
        <translation>Divisez l’audience, ou utilisez un profil aux limites plus élevées.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="819"/>
        <source>The From address {address} is on a free-mail domain: its DMARC policy makes receivers reject or bin mail sent through another server.</source>
        <translation>L’adresse From {address} est sur un domaine de messagerie gratuite : sa politique DMARC fait refuser ou jeter par les destinataires le courrier envoyé par un autre serveur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="821"/>
        <source>Send from an address on your own domain.</source>
        <translation>Envoyez depuis une adresse de votre propre domaine.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="823"/>
        <source>Run Sender check on {domain} ({command}).</source>
        <translation>Lancez la vérification de l’expéditeur sur {domain} ({command}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="825"/>
        <source>The sending domain {domain} has never been checked (SPF, DKIM, DMARC...).</source>
        <translation>Le domaine d’envoi {domain} n’a jamais été vérifié (SPF, DKIM, DMARC…).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="827"/>
        <source>Sender check of {date}: {finding}</source>
        <translation>Vérification de l’expéditeur du {date} : {finding}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="829"/>
        <source>The last Sender check of {domain} is {days} days old.</source>
        <translation>La dernière vérification de l’expéditeur pour {domain} date de {days} jours.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="831"/>
        <source>A DKIM key of {domain} cannot be used: {reason}</source>
        <translation>Une clé DKIM de {domain} est inutilisable : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="833"/>
        <source>Envoi holds no DKIM key for {domain}: the messages will not be signed, and many receivers then bin or refuse them.</source>
        <translation>Envoi n’a aucune clé DKIM pour {domain} : les messages ne seront pas signés, et beaucoup de destinataires les jettent ou les refusent alors.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="835"/>
        <source>Create one ({command}) and publish its record.</source>
        <translation>Créez-en une ({command}) et publiez son enregistrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="837"/>
        <source>The messages will be DKIM-signed for {domain} with {keys}.</source>
        <translation>Les messages seront signés DKIM pour {domain} avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="839"/>
        <source>The DKIM records could not be checked in DNS ({error}).</source>
        <translation>Les enregistrements DKIM n’ont pas pu être vérifiés dans le DNS ({error}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="841"/>
        <source>Run Sender check when the network is back.</source>
        <translation>Lancez la vérification de l’expéditeur quand le réseau sera revenu.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="843"/>
        <source>DKIM selector {selector}: {finding}</source>
        <translation>Sélecteur DKIM {selector} : {finding}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="845"/>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="847"/>
        <source>Give it a short name, like &apos;Shop&apos;.</source>
        <translation>Donnez-lui un nom court, comme « Boutique ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="849"/>
        <source>The server name is not valid.</source>
        <translation>Le nom du serveur n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="851"/>
        <source>Type the host name, like smtp.example.com.</source>
        <translation>Saisissez le nom d’hôte, comme smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="853"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="855"/>
        <source>Usually 587 or 465.</source>
        <translation>En général 587 ou 465.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="857"/>
        <source>Unknown security &apos;{security}&apos;.</source>
        <translation>Sécurité « {security} » inconnue.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="859"/>
        <source>Choose starttls, tls or none.</source>
        <translation>Choisissez starttls, tls ou none.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="861"/>
        <source>Connections and messages per connection must be at least 1.</source>
        <translation>Les connexions et les messages par connexion doivent valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="863"/>
        <source>The bounce and complaint thresholds must be between 0 and 100 %.</source>
        <translation>Les seuils de retours et de plaintes doivent être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="865"/>
        <source>The usual values are 5 % of bounces and 0.1 % of complaints.</source>
        <translation>Les valeurs habituelles sont 5 % de retours et 0,1 % de plaintes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="867"/>
        <source>The rates are checked after at least one message.</source>
        <translation>Les taux sont vérifiés après au moins un message.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="869"/>
        <source>The limit {label} must be positive.</source>
        <translation>La limite {label} doit être positive.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="871"/>
        <source>Leave it empty for no limit.</source>
        <translation>Laissez-la vide pour ne pas limiter.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="873"/>
        <source>A profile named &apos;{name}&apos; already exists.</source>
        <translation>Un profil nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="875"/>
        <source>There is no SMTP profile {profile_id}.</source>
        <translation>Il n’y a pas de profil SMTP {profile_id}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="877"/>
        <source>There is no SMTP profile &apos;{name_or_id}&apos;.</source>
        <translation>Il n’y a pas de profil SMTP « {name_or_id} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="879"/>
        <source>See `envoi profiles list`.</source>
        <translation>Voir `envoi profiles list`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="881"/>
        <source>The profile &apos;{name}&apos; cannot be deleted: the campaign {names} uses it and is scheduled or sending.</source>
        <translation>Le profil « {name} » ne peut pas être supprimé : la campagne {names} l’utilise et est programmée ou en cours d’envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="883"/>
        <source>Pause or cancel that campaign, or give it another profile, first.</source>
        <translation>Mettez d’abord cette campagne en pause ou annulez-la, ou donnez-lui un autre profil.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="885"/>
        <source>No password is known for the profile &apos;{name}&apos;.</source>
        <translation>Aucun mot de passe n’est connu pour le profil « {name} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="887"/>
        <source>Store it with `envoi profiles add --password-prompt` or set ENVOI_SMTP_PASSWORD.</source>
        <translation>Enregistrez-le avec `envoi profiles add --password-prompt` ou définissez ENVOI_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="889"/>
        <source>The campaign &apos;{name}&apos; is sending.</source>
        <translation>La campagne « {name} » est en cours d’envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="891"/>
        <source>Pause it first, or wait.</source>
        <translation>Mettez-la d’abord en pause, ou attendez.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="893"/>
        <source>The campaign &apos;{name}&apos; has no SMTP profile.</source>
        <translation>La campagne « {name} » n’a pas de profil SMTP.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="895"/>
        <source>Choose one with `envoi campaigns create --profile NAME`.</source>
        <translation>Choisissez-en un avec `envoi campaigns create --profile NAME`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="897"/>
        <source>The certificate of {host} cannot be trusted, so Envoi did not send anything.</source>
        <translation>Le certificat de {host} n’est pas digne de confiance : Envoi n’a rien envoyé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="899"/>
        <source>The certificate may be for another host name or self-signed: check the host name, or give the company&apos;s CA certificate in the profile.</source>
        <translation>Le certificat est peut-être pour un autre nom d’hôte ou auto-signé : vérifiez le nom d’hôte, ou indiquez le certificat de l’autorité de l’entreprise dans le profil.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="901"/>
        <source>The secure connection with {where} failed.</source>
        <translation>La connexion sécurisée avec {where} a échoué.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="903"/>
        <source>Check the security setting: port 465 uses implicit TLS, ports 587 and 25 STARTTLS.</source>
        <translation>Vérifiez le réglage de sécurité : le port 465 utilise TLS implicite, les ports 587 et 25 STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="905"/>
        <source>{host} refused the user name or password.</source>
        <translation>{host} a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="907"/>
        <source>Check the user name and password; some providers need an app password.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe ; certains fournisseurs demandent un mot de passe d’application.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="909"/>
        <source>{host} does not offer STARTTLS.</source>
        <translation>{host} ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="911"/>
        <source>Choose implicit TLS (port 465) or ask the provider; Envoi will not send the password without encryption.</source>
        <translation>Choisissez TLS implicite (port 465) ou demandez au fournisseur ; Envoi n’enverra pas le mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="913"/>
        <source>{host} refuses to log in on this connection.</source>
        <translation>{host} refuse l’identification sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="915"/>
        <source>Many servers accept a password only after STARTTLS: choose STARTTLS or TLS.</source>
        <translation>Beaucoup de serveurs n’acceptent un mot de passe qu’après STARTTLS : choisissez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="917"/>
        <source>The server name {host} cannot be found.</source>
        <translation>Le nom de serveur {host} est introuvable.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="919"/>
        <source>Check the spelling of the host name and your Internet connection.</source>
        <translation>Vérifiez l’orthographe du nom d’hôte et votre connexion Internet.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="921"/>
        <source>Nothing answers on {where}.</source>
        <translation>Rien ne répond sur {where}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="923"/>
        <source>Check the port; the server may be down, or a firewall or your provider may block this port (many block port 25).</source>
        <translation>Vérifiez le port ; le serveur est peut-être arrêté, ou un pare-feu ou votre fournisseur bloque ce port (beaucoup bloquent le port 25).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="925"/>
        <source>{where} did not answer in time.</source>
        <translation>{where} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="927"/>
        <source>A firewall may block the port, or the server is overloaded; try again later.</source>
        <translation>Un pare-feu bloque peut-être le port, ou le serveur est surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="929"/>
        <source>Envoi could not talk to {where}.</source>
        <translation>Envoi n’a pas pu dialoguer avec {where}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="931"/>
        <source>Check the host, port and security settings; the server may be down.</source>
        <translation>Vérifiez l’hôte, le port et les réglages de sécurité ; le serveur est peut-être arrêté.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="933"/>
        <source>Give at least one address for the test.</source>
        <translation>Indiquez au moins une adresse pour le test.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="935"/>
        <source>Use --to.</source>
        <translation>Utilisez --to.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="937"/>
        <source>Envoi does not back up a shared team database.</source>
        <translation>Envoi ne sauvegarde pas une base de données d’équipe partagée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="939"/>
        <source>Envoi does not restore a shared team database.</source>
        <translation>Envoi ne restaure pas une base de données d’équipe partagée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="941"/>
        <source>The team database is on a PostgreSQL server: whoever runs that server makes and restores its backups with {tool}.</source>
        <translation>La base de données d’équipe est sur un serveur PostgreSQL : la personne qui gère ce serveur en fait et en restaure les sauvegardes avec {tool}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="943"/>
        <source>This database lives only in memory: there is no file to back up or restore.</source>
        <translation>Cette base de données n’existe qu’en mémoire : il n’y a pas de fichier à sauvegarder ou à restaurer.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="945"/>
        <source>Open Envoi on its database file (the default) to use backups.</source>
        <translation>Ouvrez Envoi sur son fichier de base de données (par défaut) pour utiliser les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="947"/>
        <source>Envoi could not write the backup to {parent}.</source>
        <translation>Envoi n’a pas pu écrire la sauvegarde dans {parent}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="949"/>
        <source>Check that the disk has room for it and that you may write to that folder; your database is unchanged.</source>
        <translation>Vérifiez que le disque a assez de place et que vous pouvez écrire dans ce dossier ; votre base de données n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="951"/>
        <source>There is no database file to back up yet.</source>
        <translation>Il n’y a pas encore de fichier de base de données à sauvegarder.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="953"/>
        <source>Envoi creates it when it first opens; add some data first.</source>
        <translation>Envoi le crée à sa première ouverture ; ajoutez d’abord des données.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="955"/>
        <source>A backup cannot replace the database it copies.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données qu’elle copie.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="957"/>
        <source>Choose another name or folder than {source}.</source>
        <translation>Choisissez un autre nom ou un autre dossier que {source}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="959"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="961"/>
        <source>Choose an existing folder.</source>
        <translation>Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="963"/>
        <source>Envoi could not read its database to back it up.</source>
        <translation>Envoi n’a pas pu lire sa base de données pour la sauvegarder.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="965"/>
        <source>Try again; if it keeps failing, the database file may be damaged.</source>
        <translation>Réessayez ; si l’échec persiste, le fichier de base de données est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="967"/>
        <source>{name} is not an Envoi backup: {why}</source>
        <translation>{name} n’est pas une sauvegarde d’Envoi : {why}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="969"/>
        <source>Choose a .envoi file made with File &gt; Back up database or `envoi backup`.</source>
        <translation>Choisissez un fichier .envoi créé avec Fichier &gt; Sauvegarder la base de données ou `envoi backup`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="971"/>
        <source>The database address is not valid.</source>
        <translation>L’adresse de la base de données n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="973"/>
        <source>Use a path like sqlite:///C:/envoi.sqlite3 or postgresql://user@host/envoi.</source>
        <translation>Utilisez un chemin comme sqlite:///C:/envoi.sqlite3 ou postgresql://utilisateur@hote/envoi.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="975"/>
        <source>The database driver for this address is not installed.</source>
        <translation>Le pilote de base de données pour cette adresse n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="977"/>
        <source>For PostgreSQL, install Envoi with its extra: pip install &apos;envoi[postgres]&apos;.</source>
        <translation>Pour PostgreSQL, installez Envoi avec son option : pip install &apos;envoi[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="979"/>
        <source>Envoi cannot open the database.</source>
        <translation>Envoi ne peut pas ouvrir la base de données.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="981"/>
        <source>Check that the server is running and the address, user and password are right.</source>
        <translation>Vérifiez que le serveur tourne et que l’adresse, l’utilisateur et le mot de passe sont corrects.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="983"/>
        <source>Envoi could not bring the database up to date.</source>
        <translation>Envoi n’a pas pu mettre la base de données à jour.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="985"/>
        <source>Your data is unchanged; a copy was made before the update if one was needed. Check the disk space and that no other program holds the file.</source>
        <translation>Vos données n’ont pas changé ; une copie a été faite avant la mise à jour si nécessaire. Vérifiez l’espace disque et qu’aucun autre programme ne tient le fichier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="987"/>
        <source>{backup} does not exist.</source>
        <translation>{backup} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="989"/>
        <source>Choose an existing .envoi file.</source>
        <translation>Choisissez un fichier .envoi existant.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="991"/>
        <source>This is the database Envoi is using, not a backup.</source>
        <translation>C’est la base de données qu’Envoi utilise, pas une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="993"/>
        <source>Envoi could not copy the backup beside its database in {parent}.</source>
        <translation>Envoi n’a pas pu copier la sauvegarde à côté de sa base de données dans {parent}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="995"/>
        <source>Check that the disk has room for it; your database is unchanged.</source>
        <translation>Vérifiez que le disque a assez de place ; votre base de données n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="997"/>
        <source>could not leave WAL mode</source>
        <translation>impossible de quitter le mode WAL</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="999"/>
        <source>The HTML is {value} KB: Gmail cuts messages over 102 KB and hides the rest (often the unsubscribe link) behind a link.</source>
        <translation>Le HTML fait {value} Ko : Gmail coupe les messages de plus de 102 Ko et cache la suite (souvent le lien de désinscription) derrière un lien.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1001"/>
        <source>{html_bytes} bytes</source>
        <translation>{html_bytes} octets</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1003"/>
        <source>The message has no plain-text part; some readers and filters want one.</source>
        <translation>Le message n’a pas de partie texte brut ; certains logiciels et filtres en veulent une.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1005"/>
        <source>An image has no alt text; it shows as nothing when images are blocked.</source>
        <translation>Une image n’a pas de texte alternatif ; elle n’affiche rien quand les images sont bloquées.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1007"/>
        <source>The message has no unsubscribe link.</source>
        <translation>Le message n’a pas de lien de désinscription.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1011"/>
        <source>No postal address is set for the sender; the law in many countries asks for one in every marketing message.</source>
        <translation>Aucune adresse postale n’est définie pour l’expéditeur ; dans beaucoup de pays, la loi en demande une dans chaque message commercial.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1013"/>
        <source>The sender&apos;s postal address does not appear in the message.</source>
        <translation>L’adresse postale de l’expéditeur n’apparaît pas dans le message.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1015"/>
        <source>The message is mostly images with little text; filters distrust that, and readers who block images see nothing.</source>
        <translation>Le message est fait surtout d’images avec peu de texte ; les filtres s’en méfient, et les lecteurs qui bloquent les images ne voient rien.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1017"/>
        <source>{count} images, {words} words</source>
        <translation>{count} images, {words} mots</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1019"/>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1021"/>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1023"/>
        <source>From name</source>
        <translation>nom d’expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1025"/>
        <source>From address</source>
        <translation>adresse d’expéditeur (From)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1027"/>
        <source>Reply-To address</source>
        <translation>adresse de réponse (Reply-To)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1029"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1031"/>
        <source>address for returned mail</source>
        <translation>adresse des retours</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1033"/>
        <source>sender&apos;s {field}</source>
        <translation>{field} de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1035"/>
        <source>Write it on one line (commas separate the parts of an address).</source>
        <translation>Écrivez-le sur une seule ligne (des virgules séparent les parties d’une adresse).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1037"/>
        <source>The sender&apos;s {field} &apos;{address}&apos; is not an email address.</source>
        <translation>{field} de l’expéditeur « {address} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1039"/>
        <source>Type the address in full, like news@example.com.</source>
        <translation>Saisissez l’adresse en entier, comme news@example.com.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1041"/>
        <source>The logo must be an https:// address.</source>
        <translation>Le logo doit être une adresse https://.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1043"/>
        <source>Put the image on your website and paste its address: mail readers fetch it from there.</source>
        <translation>Mettez l’image sur votre site web et collez son adresse : les logiciels de messagerie vont la chercher là.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1045"/>
        <source>The file {name} cannot be read as a template.</source>
        <translation>Le fichier {name} ne peut pas être lu comme un modèle.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1047"/>
        <source>Templates are UTF-8 .html or .json files.</source>
        <translation>Les modèles sont des fichiers .html ou .json en UTF-8.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1049"/>
        <source>The file {name} is not a template in JSON.</source>
        <translation>Le fichier {name} n’est pas un modèle JSON.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1051"/>
        <source>This template has its own text body, which an .html file cannot hold.</source>
        <translation>Ce modèle a son propre corps texte, qu’un fichier .html ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1055"/>
        <source>template&apos;s name, subject or preheader</source>
        <translation>nom, objet ou pré-en-tête du modèle</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1057"/>
        <source>A name or subject holds &apos;--&gt;&apos;, which an .html template file cannot hold.</source>
        <translation>Un nom ou un objet contient « --&gt; », ce qu’un fichier de modèle .html ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1053"/>
        <source>Export it as .json to keep everything.</source>
        <translation>Exportez-le en .json pour tout garder.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="123"/>
        <source>A quote opened on line {line:,} is never closed, so the rest of the file cannot be read.</source>
        <translation>Un guillemet ouvert à la ligne {line:,} n’est jamais fermé : le reste du fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="125"/>
        <source>Open the file in a spreadsheet or text editor, fix the quote on that line and save it again as CSV. Nothing was imported.</source>
        <translation>Ouvrez le fichier dans un tableur ou un éditeur de texte, corrigez le guillemet de cette ligne et enregistrez-le à nouveau en CSV. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="127"/>
        <source>a quote in this row is not closed properly</source>
        <translation>un guillemet de cette ligne n’est pas correctement fermé</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="129"/>
        <source>The file&apos;s text encoding changes part-way through.</source>
        <translation>L’encodage du texte du fichier change en cours de route.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="131"/>
        <source>Save the file again as &apos;CSV UTF-8&apos; and import it again. Nothing was imported.</source>
        <translation>Enregistrez à nouveau le fichier en « CSV UTF-8 » et importez-le de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="133"/>
        <source>The Excel file is damaged or incomplete, so Envoi cannot read it.</source>
        <translation>Le fichier Excel est endommagé ou incomplet : Envoi ne peut pas le lire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="135"/>
        <source>Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV.</source>
        <translation>Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx, ou en CSV.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="143"/>
        <source>There are no addresses to import: the column “{column}” is empty in all {rows_read:,} rows.</source>
        <translation>Il n’y a aucune adresse à importer : la colonne « {column} » est vide sur les {rows_read:,} lignes.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="147"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="149"/>
        <source>Choose the exported file that holds your contacts; this one has no rows.</source>
        <translation>Choisissez le fichier exporté qui contient vos contacts ; celui-ci n’a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="151"/>
        <source>This file is not a CSV or Excel (.xlsx) file.</source>
        <translation>Ce fichier n’est pas un fichier CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="153"/>
        <source>Export your contacts as CSV or .xlsx from the other tool and choose that file.</source>
        <translation>Exportez vos contacts en CSV ou .xlsx depuis l’autre outil et choisissez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="155"/>
        <source>The file {name} does not exist.</source>
        <translation>Le fichier {name} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="157"/>
        <source>Check the name and the folder.</source>
        <translation>Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="159"/>
        <source>Envoi cannot open {name}.</source>
        <translation>Envoi ne peut pas ouvrir {name}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="161"/>
        <source>Check that you may read it.</source>
        <translation>Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="163"/>
        <source>This is an old Excel (.xls) or password-protected workbook, which Envoi cannot read.</source>
        <translation>C’est un ancien classeur Excel (.xls) ou un classeur protégé par mot de passe, qu’Envoi ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="165"/>
        <source>Open it in Excel or LibreOffice, remove the password if any, and save it as .xlsx or CSV.</source>
        <translation>Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe s’il y en a un, et enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="171"/>
        <source>“{email}” is not a valid email address.</source>
        <translation>« {email} » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1009"/>
        <source>Add {link} to the footer.</source>
        <translation>Ajoutez {link} au pied de page.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1059"/>
        <source>There are no sample templates in “{language}”.</source>
        <translation>Il n’y a pas de modèles d’exemple en « {language} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1061"/>
        <source>Choose one of: {items} or {all}.</source>
        <translation>Choisissez parmi : {items} ou {all}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1063"/>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1065"/>
        <source>A template named “{name}” already exists.</source>
        <translation>Un modèle nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1067"/>
        <source>There is no template “{name_or_id}”.</source>
        <translation>Il n’y a pas de modèle « {name_or_id} ».</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1069"/>
        <source>See `envoi templates list`.</source>
        <translation>Voir `envoi templates list`.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1071"/>
        <source>The template runs too many loops or calls.</source>
        <translation>Le modèle exécute trop de boucles ou d’appels.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1073"/>
        <source>Look for a loop inside a loop, or a macro that calls itself.</source>
        <translation>Cherchez une boucle dans une boucle, ou une macro qui s’appelle elle-même.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1075"/>
        <source>The template takes too long to render.</source>
        <translation>Le rendu du modèle prend trop de temps.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1077"/>
        <source>The template builds a value that is too big for an e-mail.</source>
        <translation>Le modèle construit une valeur trop grande pour un e-mail.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1079"/>
        <source>Check repeated text (the * operator, padding widths, loops that add to a string).</source>
        <translation>Vérifiez le texte répété (l’opérateur *, les largeurs de remplissage, les boucles qui allongent une chaîne).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1081"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1083"/>
        <source>preheader</source>
        <translation>pré-en-tête</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1085"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1087"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1089"/>
        <source>The {part} template is nested too deeply to read.</source>
        <translation>Le modèle ({part}) est trop profondément imbriqué pour être lu.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1091"/>
        <source>Look for brackets or tags opened many times over.</source>
        <translation>Cherchez des crochets ou des balises ouverts de nombreuses fois.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1093"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1095"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1097"/>
        <source>The {part} template has an error at {where}: {problem}.</source>
        <translation>Le modèle ({part}) a une erreur à la {where} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1099"/>
        <source>Check the {tags} tags on that line: each must be closed.</source>
        <translation>Vérifiez les balises {tags} de cette ligne : chacune doit être fermée.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1101"/>
        <source>The {part} template was stopped: {reason}</source>
        <translation>Le modèle ({part}) a été arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1103"/>
        <source>The {part} template tried to use something templates may not use.</source>
        <translation>Le modèle ({part}) a tenté d’utiliser quelque chose d’interdit aux modèles.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1105"/>
        <source>Templates can read contact, campaign and sender values only.</source>
        <translation>Les modèles ne peuvent lire que les valeurs du contact, de la campagne et de l’expéditeur.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1107"/>
        <source>The {part} template was stopped: a macro calls itself too deeply.</source>
        <translation>Le modèle ({part}) a été arrêté : une macro s’appelle elle-même trop profondément.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1109"/>
        <source>Check that the macro stops calling itself at some point.</source>
        <translation>Vérifiez que la macro cesse de s’appeler elle-même à un moment.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1111"/>
        <source>The {part} template fails at line {line}: {problem}.</source>
        <translation>Le modèle ({part}) échoue à la ligne {line} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1113"/>
        <source>The {part} template fails: {problem}.</source>
        <translation>Le modèle ({part}) échoue : {problem}.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_texts.py" line="1115"/>
        <source>Check the values and filters used on that line.</source>
        <translation>Vérifiez les valeurs et les filtres utilisés sur cette ligne.</translation>
    </message>
</context>
</TS>
