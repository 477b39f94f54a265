/** Los temas de recomendación en español, redactados para el corpus (práctica PSEA, sin personas reales). */
import type { Theme } from './theme.js';

export const ES: readonly Theme[] = [
  {
    rec: 'Designar un punto focal PSEA en cada oficina de terreno, con términos de referencia y tiempo asignado.',
    actions: [
      'Emitir términos de referencia estándar para los puntos focales PSEA',
      'Confirmar un punto focal y un suplente en cada oficina',
      'Revisar la cobertura de puntos focales dos veces al año',
    ],
    partial: 'Se acepta el tiempo asignado, pero las oficinas de menos de cinco personas compartirán un punto focal.',
    reject: 'Los puntos focales ya se designan según la política global.',
    done: 'Términos de referencia enviados a todas las oficinas; lista compartida con la red.',
  },
  {
    rec: 'Establecer mecanismos comunitarios de quejas diseñados con mujeres, niñas y personas con discapacidad.',
    actions: [
      'Realizar consultas sobre los canales de denuncia preferidos en cada sitio',
      'Adoptar procedimientos conjuntos de gestión de quejas con los socios',
      'Probar los canales con grupos comunitarios y ajustarlos',
    ],
    partial: 'Se usarán los mecanismos conjuntos existentes en lugar de crear otros nuevos.',
    reject: 'El mecanismo interagencial cubre todos los sitios; la oficina no gestionará uno paralelo.',
    done: 'Consultas realizadas en todos los sitios; informe compartido con la red.',
  },
  {
    rec: 'Mapear los servicios de VBG y protección y acordar una ruta de derivación para sobrevivientes de EAS.',
    actions: [
      'Actualizar el mapeo de servicios con el subclúster de VBG',
      'Acordar la ruta de derivación con los proveedores de servicios',
      'Capacitar al personal de primera línea en derivación segura',
    ],
    partial: 'La oficina usará el mapeo del subclúster en lugar de encargar uno propio.',
    reject: 'La ruta de derivación corresponde al subclúster de VBG, fuera del mandato de la oficina.',
    done: 'Ruta firmada por todos los proveedores y publicada en cada sitio.',
  },
  {
    rec: 'Evaluar la capacidad PSEA de los socios implementadores antes de firmar, con la herramienta común de la ONU.',
    actions: [
      'Evaluar a todos los socios nuevos con la herramienta común de evaluación PSEA',
      'Acordar planes de fortalecimiento con los socios de baja capacidad',
      'Verificar los planes en cada revisión de la alianza',
    ],
    partial: 'Las evaluaciones empezarán por los socios en contacto directo con la población.',
    reject: 'Los socios ya son evaluados por la agencia líder.',
    done: 'Todos los socios activos evaluados; resultados compartidos en el portal.',
  },
  {
    rec: 'Aplicar la verificación de referencias y el esquema de divulgación de faltas a cada contratación.',
    actions: [
      'Añadir la verificación de divulgación de faltas al procedimiento de contratación',
      'Informar a los responsables de contratación sobre la verificación de referencias',
      'Auditar cada año una muestra de expedientes de contratación',
    ],
    partial: 'La verificación cubrirá al personal y a los consultores; los jornaleros dependen de los contratistas.',
    reject: 'La oficina no tiene autoridad sobre los procedimientos de los contratistas.',
    done: 'Procedimiento actualizado y aplicado a todas las contrataciones desde enero.',
  },
  {
    rec: 'Hacer obligatoria la capacitación PSEA para todo el personal y los contratistas, con un repaso anual.',
    actions: [
      'Dar seguimiento a la finalización del curso en línea obligatorio',
      'Impartir sesiones presenciales para contratistas en idiomas locales',
      'Informar a la dirección de las tasas de finalización cada trimestre',
    ],
    partial: 'El repaso será cada dos años, conforme a la política global de aprendizaje.',
    reject: 'Los contratistas se capacitan según sus propios contratos.',
    done: 'Finalización superior al 95 %; cifras presentadas al equipo directivo.',
  },
  {
    rec: 'La dirección debe recordar al personal la tolerancia cero ante la explotación y el abuso sexuales.',
    actions: [
      'Incluir la PSEA en cada reunión general del personal',
      'Emitir cada año un mensaje conjunto del jefe de oficina',
      'Añadir la PSEA a los objetivos de desempeño de los responsables',
    ],
    partial: 'Los mensajes serán anuales en lugar de trimestrales.',
    reject: 'Los mensajes corresponden a la sede y no a la oficina.',
    done: 'Mensaje emitido en mayo y debatido en la reunión general.',
  },
  {
    rec: 'Fijar plazos para tramitar las denuncias de EAS y mantener informadas a las personas sobrevivientes.',
    actions: [
      'Publicar plazos objetivo para cada etapa de la gestión de denuncias',
      'Designar un enlace para cada caso',
      'Revisar los plazos con la unidad de investigación cada trimestre',
    ],
    partial: 'Los plazos serán indicativos porque las investigaciones dependen de otra oficina.',
    reject: 'Los plazos de investigación los fija la oficina de supervisión, que es independiente.',
    done: 'Plazos publicados; enlace designado para todos los casos abiertos.',
  },
  {
    rec: 'Compartir con la coordinación residente información no identificable sobre las denuncias de EAS.',
    actions: [
      'Adoptar el formulario común de notificación',
      'Notificar las denuncias a la coordinación en el plazo acordado',
      'Verificar cada año que las notificaciones estén completas',
    ],
    partial: 'La información se compartirá tras la revisión de protección de datos.',
    reject: 'La notificación se hace a través de la sede según el protocolo vigente.',
    done: 'Formulario adoptado; todas las denuncias del año notificadas a tiempo.',
  },
  {
    rec: 'Incluir una línea presupuestaria PSEA en cada propuesta de proyecto por encima del umbral acordado.',
    actions: [
      'Añadir una línea PSEA a la plantilla de presupuesto de las propuestas',
      'Verificar los costos PSEA en la evaluación de proyectos',
      'Informar del gasto PSEA en los informes anuales',
    ],
    partial: 'La línea se aplicará solo a las propuestas nuevas.',
    reject: 'Las normas de algunos donantes no permiten una línea separada.',
    done: 'Plantilla actualizada; la lista de verificación incluye los costos PSEA.',
  },
  {
    rec: 'Realizar una evaluación de riesgos de EAS para cada programa nuevo y actualizarla si cambia el contexto.',
    actions: [
      'Usar la herramienta de evaluación de riesgos de EAS en el diseño',
      'Registrar las medidas de mitigación en el registro de riesgos',
      'Actualizar la evaluación tras cualquier cambio importante',
    ],
    partial: 'Las evaluaciones se harán por grupo de sitios y no por programa.',
    reject: 'Los riesgos están cubiertos por el registro institucional de riesgos.',
    done: 'Evaluaciones realizadas para todos los programas nuevos del año.',
  },
  {
    rec: 'Traducir los mensajes clave de PSEA a los idiomas locales y probarlos con las comunidades antes de usarlos.',
    actions: [
      'Traducir los mensajes clave a los principales idiomas locales',
      'Probar los mensajes con grupos de mujeres y de jóvenes',
      'Imprimir y distribuir los materiales finales',
    ],
    partial: 'Las pruebas se harán solo con los comités comunitarios existentes.',
    reject: 'Los mensajes los produce la red y no cada agencia.',
    done: 'Mensajes traducidos, probados y distribuidos en todos los sitios.',
  },
];
