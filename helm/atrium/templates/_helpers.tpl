{{/*
Names and labels. A "role" is one of web, worker, admin (the Deployments) or
migrate (the hook Job); every object of a role carries it as its component.
*/}}

{{- define "atrium.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "atrium.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Usage: include "atrium.roleFullname" (dict "root" $ "role" "web") */}}
{{- define "atrium.roleFullname" -}}
{{- printf "%s-%s" (include "atrium.fullname" .root) .role | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "atrium.selectorLabels" -}}
app.kubernetes.io/name: {{ include "atrium.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "atrium.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "atrium.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: atrium
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Usage: include "atrium.roleSelectorLabels" (dict "root" $ "role" "web") */}}
{{- define "atrium.roleSelectorLabels" -}}
{{ include "atrium.selectorLabels" .root }}
app.kubernetes.io/component: {{ .role }}
{{- end }}

{{- define "atrium.roleLabels" -}}
{{ include "atrium.labels" .root }}
app.kubernetes.io/component: {{ .role }}
{{- end }}

{{- define "atrium.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/* The Secret the pods read passwords and keys from: the operator's own, or the chart's. */}}
{{- define "atrium.secretName" -}}
{{- .Values.existingSecret | default (include "atrium.fullname" .) }}
{{- end }}

{{/*
Non-secret settings, as environment variables. The ConfigMap and the
migration hook's copy of it both render this, so they cannot drift apart.
The owner role is not among them: a node that is given it migrates, so only
the migration Job's copy adds it (atrium.migrationConfigData).
*/}}
{{- define "atrium.configData" -}}
ATRIUM_DB_URL: {{ required "database.url is required" .Values.database.url | quote }}
ATRIUM_DB_APP_USER: {{ .Values.database.appUser | quote }}
{{- with .Values.redis.url }}
ATRIUM_REDIS_URL: {{ . | quote }}
{{- end }}
ATRIUM_PLUGINS_DIR: {{ .Values.pluginsDir | quote }}
ATRIUM_TRUSTED_PROXIES: {{ .Values.trustedProxies | quote }}
{{- with .Values.adminAccount.email }}
ATRIUM_ADMIN_EMAIL: {{ . | quote }}
{{- end }}
{{- with .Values.mail }}
{{- if .host }}
SPRING_MAIL_HOST: {{ .host | quote }}
SPRING_MAIL_PORT: {{ .port | quote }}
{{- with .username }}
SPRING_MAIL_USERNAME: {{ . | quote }}
{{- end }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE: {{ .startTls | quote }}
SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED: {{ .startTls | quote }}
{{- end }}
{{- with .from }}
ATRIUM_MAIL_FROM: {{ . | quote }}
{{- end }}
{{- end }}
{{- with .Values.publicUrl }}
ATRIUM_PUBLIC_URL: {{ . | quote }}
{{- end }}
ATRIUM_DEMO: "false"
SERVER_PORT: "8080"
MANAGEMENT_SERVER_PORT: {{ .Values.management.port | quote }}
{{- with .Values.javaToolOptions }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
{{- end }}

{{- define "atrium.migrationConfigData" -}}
{{ include "atrium.configData" . }}
ATRIUM_DB_OWNER_USER: {{ required "database.ownerUser is required" .Values.database.ownerUser | quote }}
{{- end }}

{{/*
Passwords and keys set in values, base64-encoded; empty ones are left out so
the app sees them unset rather than blank. Rendered only without existingSecret.
The runtime Secret never holds the owner password: only the migration Job's
hook Secret (atrium.migrationSecretData) does.
*/}}
{{- define "atrium.secretData" -}}
{{- include "atrium.base64Entries" (dict
    "ATRIUM_DB_APP_PASSWORD" .Values.database.appPassword
    "ATRIUM_ADMIN_PASSWORD" .Values.adminAccount.password
    "ATRIUM_STRIPE_SECRET_KEY" .Values.stripe.secretKey
    "ATRIUM_STRIPE_WEBHOOK_SECRET" .Values.stripe.webhookSecret
    "SPRING_MAIL_PASSWORD" .Values.mail.password) | trim }}
{{- end }}

{{- define "atrium.migrationSecretData" -}}
{{- $entries := dict "ATRIUM_DB_APP_PASSWORD" .Values.database.appPassword }}
{{- if not .Values.database.ownerExistingSecret }}
{{- $_ := set $entries .Values.database.ownerPasswordKey .Values.database.ownerPassword }}
{{- end }}
{{- include "atrium.base64Entries" $entries | trim }}
{{- end }}

{{- define "atrium.base64Entries" -}}
{{- range $key, $value := . }}
{{- if $value }}
{{ $key }}: {{ $value | toString | b64enc | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Environment from Secrets, one key at a time (never envFrom), so a pod gets
exactly the keys its role needs whatever else an operator's Secret holds.
Optional keys: the chart's Secret leaves empty ones out, and the app then sees
them unset.
Usage: include "atrium.runtimeSecretEnv" (dict "root" $ "secretName" "...")
*/}}
{{- define "atrium.runtimeSecretEnv" -}}
{{- range $key := list "ATRIUM_DB_APP_PASSWORD" "ATRIUM_ADMIN_PASSWORD" "ATRIUM_STRIPE_SECRET_KEY" "ATRIUM_STRIPE_WEBHOOK_SECRET" "SPRING_MAIL_PASSWORD" }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $.secretName }}
      key: {{ $key }}
      optional: true
{{- end }}
{{- if .root.Values.redis.urlInExistingSecret }}
- name: ATRIUM_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ .secretName }}
      key: ATRIUM_REDIS_URL
{{- end }}
{{- end }}

{{/* The migration Job's: the owner password (its only holder) and the app role's, which it grants to. */}}
{{- define "atrium.migrationSecretEnv" -}}
{{- $values := .root.Values -}}
- name: ATRIUM_DB_OWNER_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $values.database.ownerExistingSecret | default .secretName }}
      key: {{ $values.database.ownerPasswordKey }}
- name: ATRIUM_DB_APP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .secretName }}
      key: ATRIUM_DB_APP_PASSWORD
      optional: true
{{- end }}

{{/*
Settings the schema cannot check because they span several values; renders
nothing, fails the install with the reason.
*/}}
{{- define "atrium.validate" -}}
{{- if and .Values.redis.urlInExistingSecret (not .Values.existingSecret) }}
{{- fail "redis.urlInExistingSecret needs existingSecret: the Secret whose key ATRIUM_REDIS_URL holds the URL" }}
{{- end }}
{{- if not (or .Values.redis.url .Values.redis.urlInExistingSecret) }}
{{- range $role := list "web" "admin" }}
{{- $settings := index $.Values.roles $role }}
{{- $pods := ternary (dig "autoscaling" "maxReplicas" 1 $settings) $settings.replicas (dig "autoscaling" "enabled" false $settings) }}
{{- if gt (int $pods) 1 }}
{{- fail (printf "roles.%s may run %d pods, which share page sessions through Redis: set redis.url (or redis.urlInExistingSecret), or run one pod" $role (int $pods)) }}
{{- end }}
{{- end }}
{{- end }}
{{- if eq (int .Values.management.port) 8080 }}
{{- fail "management.port must differ from the application port 8080: the actuator is kept off the port the Ingress routes" }}
{{- end }}
{{- end }}

{{/*
Spreads a role's pods over nodes and zones.
Usage: include "atrium.topologySpread" (dict "root" $ "role" "web" "spread" {...})
*/}}
{{- define "atrium.topologySpread" -}}
{{- $scope := . }}
{{- range $topology := list (list "kubernetes.io/hostname" .spread.acrossNodes) (list "topology.kubernetes.io/zone" .spread.acrossZones) }}
{{- with index $topology 1 }}
- topologyKey: {{ index $topology 0 }}
  maxSkew: {{ $scope.spread.maxSkew }}
  whenUnsatisfiable: {{ . }}
  labelSelector:
    matchLabels:
      {{- include "atrium.roleSelectorLabels" (dict "root" $scope.root "role" $scope.role) | nindent 6 }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The pod spec every role shares: same image, same settings, same hardening.
Usage: include "atrium.podSpec" (dict "root" $ "role" "web" "resources" {...}
       "serves" true "configName" "..." "secretEnv" "<env entries>" ["spread" {...}])
"serves" adds the ports and the probes; the migration Job has neither.
*/}}
{{- define "atrium.podSpec" -}}
{{- $values := .root.Values -}}
automountServiceAccountToken: false
{{- with $values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml $values.podSecurityContext | nindent 2 }}
containers:
  - name: atrium
    image: {{ include "atrium.image" .root }}
    imagePullPolicy: {{ $values.image.pullPolicy }}
    env:
      - name: ATRIUM_ROLES
        value: {{ .role | quote }}
      {{- .secretEnv | trim | nindent 6 }}
      {{- with $values.extraEnv }}
      {{- toYaml . | nindent 6 }}
      {{- end }}
    envFrom:
      - configMapRef:
          name: {{ .configName }}
    {{- if .serves }}
    ports:
      # Pages and API: the only port the Services and the Ingress route.
      - name: http
        containerPort: 8080
        protocol: TCP
      # Health and metrics, for the kubelet's probes and Prometheus only.
      - name: management
        containerPort: {{ $values.management.port }}
        protocol: TCP
    startupProbe:
      httpGet:
        path: /actuator/health/liveness
        port: management
      {{- toYaml $values.probes.startup | nindent 6 }}
    livenessProbe:
      httpGet:
        path: /actuator/health/liveness
        port: management
      {{- toYaml $values.probes.liveness | nindent 6 }}
    readinessProbe:
      httpGet:
        path: /actuator/health/readiness
        port: management
      {{- toYaml $values.probes.readiness | nindent 6 }}
    {{- end }}
    resources:
      {{- toYaml .resources | nindent 6 }}
    securityContext:
      {{- toYaml $values.securityContext | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
volumes:
  # The root filesystem is read-only; the JVM and Tomcat write temporary files here.
  - name: tmp
    emptyDir:
      sizeLimit: {{ $values.tmpSizeLimit }}
{{- with $values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .spread }}
{{- with include "atrium.topologySpread" (dict "root" $.root "role" $.role "spread" .) }}
topologySpreadConstraints:
  {{- . | trim | nindent 2 }}
{{- end }}
{{- end }}
{{- with $values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
