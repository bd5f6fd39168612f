import { deployerPolicy } from './shared/deployer-policy.js';
console.log(JSON.stringify(deployerPolicy()).length);
for (const s of deployerPolicy().Statement) if (s.Sid === 'OwnNet') console.log(s.Action);
